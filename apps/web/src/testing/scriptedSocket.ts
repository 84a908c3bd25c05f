// A Socket.IO client stand-in for unit tests of the realtime layer.

type Listener = (...args: unknown[]) => void;

/** A socket whose server is the test: it records what is sent and answers by hand. */
export class ScriptedSocket {
  connected = false;
  readonly listeners = new Map<string, Listener[]>();
  readonly sent: { event: string; payload: unknown; ack: Listener | undefined }[] = [];
  connects = 0;

  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  get disconnected() {
    return !this.connected;
  }
  connect() {
    this.connects += 1;
    this.connected = true;
    this.hear("connect");
    return this;
  }
  disconnect() {
    this.connected = false;
    return this;
  }
  removeAllListeners() {
    this.listeners.clear();
    return this;
  }
  timeout() {
    return this;
  }
  emit(event: string, payload: unknown, ack?: Listener) {
    this.sent.push({ event, payload, ack });
    return this;
  }
  /** The server says `event`. */
  hear(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  /** The server answers the last `event` sent (with a timeout: error first). */
  answer(event: string, reply: unknown) {
    const last = this.sent.filter((sent) => sent.event === event).at(-1);
    last?.ack?.(null, reply);
  }
  count(event: string) {
    return this.sent.filter((sent) => sent.event === event).length;
  }
}
