import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `npm run dev` serves the client on :5173 and proxies the API and the socket to the
// server on :3000; `npm run build` writes dist/, which the server serves itself.
const backend = process.env.STACKBOARD_BACKEND ?? "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": { target: backend, changeOrigin: true },
      "/healthz": { target: backend, changeOrigin: true },
      "/socket.io": { target: backend, changeOrigin: true, ws: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // React changes least often, then the other libraries, then our code: separate
        // chunks keep browser caches warm across deploys.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: "vendor", test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
