// German text of the board templates: names, descriptions, criteria and decisions, by id.
// Option labels are technology names and stay as they are.

export interface TemplateText {
  name: string;
  description: string;
  /** Decision id → title and context. */
  decisions: Readonly<Record<string, { title: string; context: string }>>;
}

/** Criterion id → name; the same criterion id means the same thing in every template. */
export const CRITERION_NAMES_DE: Readonly<Record<string, string>> = {
  "team-familiarity": "Vertrautheit im Team",
  performance: "Leistung",
  ecosystem: "Ökosystem",
  "hosting-cost": "Hosting-Kosten",
  hiring: "Personalgewinnung",
  maintainability: "Wartbarkeit",
  latency: "Latenz",
  scalability: "Skalierbarkeit",
  operability: "Einfacher Betrieb",
  "query-flexibility": "Flexible Abfragen",
  "write-throughput": "Schreibdurchsatz",
  consistency: "Konsistenz",
  "operating-cost": "Betriebskosten",
};

export const TEMPLATE_TEXT_DE: Readonly<Record<string, TemplateText>> = {
  "web-backend": {
    name: "Web-Backend",
    description:
      "API-Stil, Sprache und Laufzeitumgebung, Datenbank und Client-Interaktion für ein Webprodukt wählen.",
    decisions: {
      "api-style": {
        title: "API-Stil",
        context: "Wie Clients und andere Dienste mit dem Backend sprechen.",
      },
      "language-runtime": {
        title: "Sprache und Laufzeit",
        context:
          "Worin der Servercode geschrieben ist und worauf er läuft; das prägt Einstellungen und Bibliotheken.",
      },
      database: {
        title: "Datenbank",
        context: "Wo die wichtigsten Daten des Produkts liegen; bewertet nach den Kriterien.",
      },
      "client-interaction": {
        title: "Client-Interaktion",
        context: "Wie der Browser Daten und Aktualisierungen vom Server bekommt.",
      },
    },
  },
  "realtime-app": {
    name: "Echtzeit-App",
    description:
      "Transport, Server-Laufzeit, Fan-out-Speicher und API-Stil für kollaborative Live-Funktionen wählen.",
    decisions: {
      transport: {
        title: "Echtzeit-Transport",
        context: "Wie Aktualisierungen verbundene Clients erreichen und wie Clients ihre senden.",
      },
      "server-runtime": {
        title: "Server-Laufzeit",
        context: "Was die vielen offenen Verbindungen hält und die Serverlogik ausführt.",
      },
      "fan-out": {
        title: "Verteilung und gemeinsamer Zustand",
        context: "Wie Replikate Zustand teilen und einander Ereignisse senden.",
      },
      "api-style": {
        title: "API-Stil",
        context:
          "Wie Clients den Anfangszustand laden und Befehle außerhalb des Live-Kanals senden.",
      },
    },
  },
  "data-heavy-service": {
    name: "Datenintensiver Service",
    description:
      "Primären Speicher, Suche, Cache und Sprache für einen Service mit großen oder schnell wachsenden Datenmengen wählen.",
    decisions: {
      "primary-store": {
        title: "Primärer Datenspeicher",
        context: "Das führende System der Daten; bewertet nach den Kriterien.",
      },
      search: { title: "Suche", context: "Wo Volltext- und Facettenabfragen laufen." },
      cache: {
        title: "Cache",
        context: "Was häufige Lesezugriffe vor dem Primärspeicher abfängt.",
      },
      language: {
        title: "Sprache des Dienstes",
        context: "Worin die Dienste für Aufnahme und Abfrage geschrieben sind.",
      },
    },
  },
  empty: {
    name: "Leeres Board",
    description:
      "Noch keine Entscheidungen: Leg eigene an. Startet mit zwei neutralen Kriterien für die Bewertung.",
    decisions: {},
  },
};
