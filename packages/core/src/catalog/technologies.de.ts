// German prose of the fact cards, by technology id (a test checks every card has one,
// with as many strengths and weaknesses as the English card). Names, licences, years and
// sources are the same in every language.
import type { TechnologyText } from "./types.ts";

export const TECHNOLOGY_TEXT_DE: Readonly<Record<string, TechnologyText>> = {
  rest: {
    summary:
      "Ressourcenorientierte APIs über einfache HTTP-Methoden und Statuscodes, meist mit JSON.",
    strengths: [
      "Jede Entwicklerin, jedes Werkzeug und jeder HTTP-Client kennt es",
      "HTTP-Caching, Proxys und CDNs funktionieren ohne Zutun",
      "Leicht mit curl und den Entwicklerwerkzeugen des Browsers zu prüfen",
      "OpenAPI liefert Doku, Mocks und generierte Clients",
    ],
    weaknesses: [
      "Zu viel oder zu wenig Daten pro Aufruf: gesprächige Clients oder Sonder-Endpunkte",
      "Ohne Zusatzwerkzeuge kein Schema und kein Typvertrag",
      "Versionierung und Benennung sind in jedem Team anders",
    ],
  },
  graphql: {
    summary:
      "Typisierte Abfragesprache über einen einzigen Endpunkt: Clients fragen genau die Felder ab, die sie brauchen.",
    strengths: [
      "Clients holen genau die benötigte Form in einem Aufruf",
      "Das streng typisierte Schema ist zugleich Dokumentation",
      "Entwickelt sich ohne versionierte Endpunkte weiter, Felder werden abgekündigt",
      "Passt gut, wenn viele Client-Apps ein Backend teilen",
    ],
    weaknesses: [
      "HTTP-Caching ist schwerer; braucht Client-Cache oder Persisted Queries",
      "N+1- und teure Abfragen brauchen Dataloader und Tiefenlimits",
      "Mehr Server-Mechanik als ein einfacher REST-Endpunkt",
    ],
  },
  grpc: {
    summary: "RPC-Framework auf HTTP/2 mit Protocol-Buffers-Verträgen und generierten Clients.",
    strengths: [
      "Kompakte Binärdaten und gebündelte HTTP/2-Streams",
      "Vertrag zuerst: Stubs für ein Dutzend Sprachen generiert",
      "Streaming in beide Richtungen, Deadlines und Abbruch eingebaut",
    ],
    weaknesses: [
      "Browser brauchen gRPC-Web oder einen Proxy",
      "Binärer Verkehr ist von Hand schwerer zu prüfen",
      "Die Protobuf-Werkzeuge fügen einen Build-Schritt hinzu",
    ],
  },
  trpc: {
    summary:
      "Typsichere RPC für TypeScript von Ende zu Ende: der Client leitet die Typen direkt aus dem Servercode ab.",
    strengths: [
      "Kein Schema, keine Codegenerierung: Typen fließen vom Server zum Client",
      "Ein Refactoring bricht den Build statt der Produktion",
      "Klein, passt gut zu React Query und Next.js",
    ],
    weaknesses: [
      "Nur sinnvoll, wenn beide Seiten TypeScript sind",
      "Kein öffentliches API-Format; Dritte brauchen REST oder OpenAPI darüber",
      "Koppelt Client- und Server-Deployments eng",
    ],
  },
  typescript: {
    summary:
      "JavaScript mit statischem Typsystem, übersetzt in einfaches JavaScript für jede JS-Laufzeit.",
    strengths: [
      "Findet viele Fehler beim Übersetzen, mit hervorragender Editor-Unterstützung",
      "Teilt Code und Typen zwischen Browser und Server",
      "Riesiges npm-Ökosystem mit mitgelieferten oder Community-Typen",
    ],
    weaknesses: [
      "Typen verschwinden zur Laufzeit: Eingaben brauchen trotzdem Prüfung",
      "Komplexität bei Build und Konfiguration (tsconfig, Modulformate)",
      "Fortgeschrittene Typen werden schwer lesbar",
    ],
  },
  python: {
    summary:
      "Gut lesbare Allzwecksprache, führend bei Daten und ML, mit ausgereiften Web-Frameworks.",
    strengths: [
      "Schnell geschrieben, leicht gelesen, sanfte Lernkurve",
      "Unerreichte Bibliotheken für Daten, Wissenschaft und ML",
      "Großer Bewerbermarkt in Web- und Datenrollen",
    ],
    weaknesses: [
      "Rechenintensiver Code ist langsamer als in kompilierten Sprachen",
      "Paket- und Umgebungswerkzeuge sind zersplittert",
      "Dynamische Typen; Typhinweise sind optional und zur Laufzeit ungeprüft",
    ],
  },
  php: {
    summary: "Serverseitige Skriptsprache fürs Web; betreibt einen großen Teil aller Websites.",
    strengths: [
      "Günstiges, überall verfügbares Hosting und einfache Deploys",
      "Modernes PHP 8 ist schnell, mit Typen, Enums und JIT",
      "Ausgereifte Frameworks und CMS (Laravel, Symfony, WordPress)",
    ],
    weaknesses: [
      "Das Share-nothing-Modell pro Anfrage macht lange Verbindungen umständlich",
      "Uneinheitliche Standardbibliothek aus langer Geschichte",
      "Alte Codebasen prägen den Ruf und manche Einstellung",
    ],
  },
  ruby: {
    summary:
      "Ausdrucksstarke dynamische Sprache, gebaut für die Freude am Programmieren; bekannt durch Rails.",
    strengths: [
      "Knapper, lesbarer Code und starke Testkultur",
      "Ausgereiftes Gem-Ökosystem für Webarbeit",
      "Sehr produktiv für CRUD-lastige Produkte",
    ],
    weaknesses: [
      "Für Rechenarbeit langsamer als kompilierte oder JIT-starke Laufzeiten",
      "Kleinerer Bewerbermarkt als bei JavaScript, Python oder Java",
      "Metaprogrammierung macht Code schwer nachvollziehbar",
    ],
  },
  go: {
    summary:
      "Kleine kompilierte Sprache von Google mit Goroutinen, schnellen Builds und statischen Binärdateien.",
    strengths: [
      "Eine statische Binärdatei: einfache Container und Deploys",
      "Günstige Nebenläufigkeit mit Goroutinen und Channels",
      "Schnelles Übersetzen und eine fähige Standardbibliothek",
      "Wenig Speicher und vorhersehbare Leistung",
    ],
    weaknesses: [
      "Ausführliche, explizite Fehlerbehandlung",
      "Bewusst kleine Sprache; weniger Abstraktionen",
      "Web-Frameworks sind dünner als Rails, Django oder Spring",
    ],
  },
  rust: {
    summary:
      "Systemsprache mit Speichersicherheit ohne Garbage Collector, durch Ownership und Borrowing.",
    strengths: [
      "Leistung wie C, mit Speicher- und Thread-Sicherheit",
      "Ausdrucksstarkes Typsystem findet viele Fehler beim Übersetzen",
      "Hervorragende Werkzeuge: cargo, clippy, rustfmt",
    ],
    weaknesses: [
      "Steile Lernkurve (Ownership, Lifetimes, async)",
      "Langsames Übersetzen bei großen Projekten",
      "Kleinerer Bewerbermarkt; jüngeres Web-Ökosystem",
    ],
  },
  nodejs: {
    summary:
      "JavaScript-Laufzeit auf V8 mit Event Loop und nicht blockierender Ein- und Ausgabe, für Server und Werkzeuge.",
    strengths: [
      "Eine Sprache für Frontend und Backend",
      "Viele gleichzeitige I/O-lastige Verbindungen kosten wenig",
      "npm: das größte Paketverzeichnis",
      "Großer Bewerbermarkt",
    ],
    weaknesses: [
      "Rechenlast blockiert den Event Loop, wenn sie nicht in Worker wandert",
      "Tiefe Abhängigkeitsbäume; Lieferkettenrisiken brauchen Sorgfalt",
      "Schnelllebiges Ökosystem; viele Wege zum selben Ziel",
    ],
  },
  deno: {
    summary:
      "Standardmäßig sichere Laufzeit für JavaScript und TypeScript mit eingebauten Werkzeugen und Web-APIs.",
    strengths: [
      "Führt TypeScript direkt aus; Formatierer, Linter und Testrunner eingebaut",
      "Ausdrückliche Rechte für Datei-, Netz- und Umgebungszugriff",
      "Web-Standard-APIs (fetch, Streams) und npm-Kompatibilität",
    ],
    weaknesses: [
      "Kleinere Community und weniger Produktionsreferenzen als Node.js",
      "Manche npm-Pakete setzen noch Node-Interna voraus",
      "Weniger Hoster mit erstklassiger Unterstützung",
    ],
  },
  bun: {
    summary:
      "Schnelle All-in-one-Laufzeit für JavaScript mit Bundler, Testrunner und Paketmanager.",
    strengths: [
      "Schneller Start und schnelle Paketinstallation",
      "Weitgehend Node.js-kompatibel, führt TypeScript direkt aus",
      "Bundler, Testrunner und Paketmanager in einer Binärdatei",
    ],
    weaknesses: [
      "Jung: Randfälle und Lücken in der Node-API tauchen noch auf",
      "Weniger langjährige Produktionsreferenzen",
      "Gesteuert von einer einzigen risikokapitalfinanzierten Firma",
    ],
  },
  dotnet: {
    summary:
      "Plattformübergreifende Laufzeit von Microsoft mit der Sprache C#; ASP.NET Core für Web-APIs.",
    strengths: [
      "Hohe Leistung mit ausgereiftem JIT und Async-Modell",
      "Reiche, stabile Standardbibliothek und hauseigener Web-Stack",
      "Hervorragende IDE- und Debugging-Erfahrung",
      "Passt gut zu Unternehmen mit Microsoft- und Azure-Umfeld",
    ],
    weaknesses: [
      "Das Ökosystem stützt sich auf Microsofts Werkzeuge und Konventionen",
      "Schwerer als Go oder Node.js für winzige Dienste",
      "Älterer .NET-Framework-Code lässt sich nicht umsonst portieren",
    ],
  },
  express: {
    summary: "Minimales, meinungsfreies Web-Framework für Node.js, aufgebaut auf Middleware.",
    strengths: [
      "Winzige API, an einem Nachmittag gelernt",
      "Riesiges Middleware-Ökosystem und unzählige Beispiele",
      "Flexibel: eigene Struktur und Bibliotheken mitbringen",
    ],
    weaknesses: [
      "Keine Struktur: große Apps brauchen selbst erfundene Konventionen",
      "Validierung, Auth und DI bleiben dir überlassen",
      "Langsamer als neuere Node-Frameworks wie Fastify",
    ],
  },
  nestjs: {
    summary: "Meinungsstarkes TypeScript-Framework für Node.js mit Modulen, Dekoratoren und DI.",
    strengths: [
      "Klare Struktur für große Teams und Codebasen",
      "DI, Validierung, OpenAPI, GraphQL und Microservices eingebaut",
      "Vertraut für alle, die von Angular oder Spring kommen",
    ],
    weaknesses: [
      "Viel Boilerplate und Dekoratoren für kleine Dienste",
      "Abstraktionen verbergen, was Express oder Fastify darunter tun",
      "Steilere Lernkurve als einfaches Express",
    ],
  },
  django: {
    summary:
      "Python-Web-Framework mit allem Nötigen: ORM, Migrationen, Authentifizierung und Admin.",
    strengths: [
      "Die generierte Admin-Oberfläche spart Wochen bei Backoffice-Werkzeugen",
      "Ausgereiftes ORM, Migrationen, Auth und sichere Voreinstellungen",
      "Hervorragende Dokumentation und Versionen mit Langzeitpflege",
    ],
    weaknesses: [
      "Monolithische Konventionen wirken für kleine APIs schwer",
      "Async nur teilweise; das ORM ist überwiegend synchron",
      "REST-APIs brauchen meist Django REST Framework obendrauf",
    ],
  },
  flask: {
    summary: "Leichtes Python-Mikroframework: Routing und Templates, der Rest über Erweiterungen.",
    strengths: [
      "Klein und leicht zu beginnen",
      "ORM, Auth und Struktur frei wählbar",
      "Großes Erweiterungs-Ökosystem und viele Anleitungen",
    ],
    weaknesses: [
      "Struktur und Konventionen muss das Team selbst festlegen",
      "Erweiterungen schwanken in Qualität und Pflege",
      "Von Haus aus synchron; FastAPI passt besser zu Async-APIs",
    ],
  },
  fastapi: {
    summary:
      "Async-API-Framework für Python: Typhinweise liefern Validierung und automatische OpenAPI-Doku.",
    strengths: [
      "Validierung und OpenAPI-Doku aus Typhinweisen generiert",
      "Async zuerst, guter Durchsatz für Python",
      "Schnell gelernt für alle, die modernes Python kennen",
    ],
    weaknesses: [
      "Jünger als Django; weniger dabei (kein ORM, Admin, Auth)",
      "Weitgehend von einem einzigen Maintainer getragen",
      "Gemischter Sync- und Async-Code hat Leistungsfallen",
    ],
  },
  laravel: {
    summary:
      "Vollständiges PHP-Framework mit ausdrucksstarkem ORM, Queues, Auth und hauseigenen Werkzeugen.",
    strengths: [
      "Sehr produktiv: ORM, Queues, Mail und Auth inklusive",
      "Gepflegte Doku und große, aktive Community",
      "Hauseigene Werkzeuge für Hosting, Deploy und Admin",
    ],
    weaknesses: [
      "Magische Facades und Konventionen verschleiern den Ablauf",
      "Häufige Hauptversionen verlangen regelmäßige Upgrades",
      "Erbt PHPs Modell mit einem Prozess pro Anfrage",
    ],
  },
  "ruby-on-rails": {
    summary:
      "Ruby-Framework nach dem Prinzip Konvention vor Konfiguration, für datenbankgestützte Web-Apps.",
    strengths: [
      "Schnellster Weg von der Idee zum funktionierenden CRUD-Produkt",
      "Starke Konventionen halten Codebasen einheitlich",
      "Ausgereifte Gems für Auth, Jobs, Zahlungen und Admin",
    ],
    weaknesses: [
      "Laufzeit und Speicherbedarf hinken kompilierten Stacks hinterher",
      "Implizite Magie überrascht Neulinge",
      "Kleinerer Bewerbermarkt als bei JavaScript oder Java",
    ],
  },
  "spring-boot": {
    summary:
      "Das meistgenutzte Anwendungs-Framework für Java, mit Autokonfiguration und produktionsreifen Voreinstellungen.",
    strengths: [
      "Riesiges, ausgereiftes Ökosystem für fast jede Integration",
      "Solide Leistung auf der JVM; virtuelle Threads in modernem Java",
      "Großer Bewerbermarkt in Unternehmen",
      "Starke Module für Observability und Sicherheit",
    ],
    weaknesses: [
      "Annotations- und Autokonfigurationsmagie ist schwer zu debuggen",
      "Mehr Speicher und langsamerer Start als Go oder Node.js",
      "Ausführlich im Vergleich zu Kotlin oder Skriptsprachen",
    ],
  },
  ktor: {
    summary: "Leichtes asynchrones Web-Framework von JetBrains auf Basis von Kotlin-Coroutines.",
    strengths: [
      "Knappes Kotlin mit Null-Sicherheit auf der JVM",
      "Async mit Coroutines, ohne Callback-Lärm",
      "Klein und modular; nur die nötigen Plugins",
    ],
    weaknesses: [
      "Kleineres Ökosystem und kleinere Community als Spring",
      "Weniger fertige Integrationen; mehr Verdrahtung von Hand",
      "Der Bewerbermarkt für Kotlin ist enger als für Java",
    ],
  },
  postgresql: {
    summary:
      "Fortgeschrittene relationale Open-Source-Datenbank mit starkem SQL, JSONB und Erweiterungen.",
    strengths: [
      "Verlässliche ACID-Transaktionen und reiches SQL",
      "JSONB, Volltextsuche und Erweiterungen wie PostGIS und pgvector",
      "Freizügige Lizenz; bei jeder großen Cloud im Angebot",
      "Oft die einzige Datenbank, die ein Produkt braucht",
    ],
    weaknesses: [
      "Horizontales Skalieren von Schreibzugriffen braucht Sharding-Werkzeuge",
      "Vacuum, Bloat und Verbindungsgrenzen brauchen Betriebspflege",
      "Upgrades auf neue Hauptversionen wollen geplant sein",
    ],
  },
  mysql: {
    summary:
      "Weit verbreitete relationale Open-Source-Datenbank im Besitz von Oracle, häufig in Web-Stacks.",
    strengths: [
      "In riesigem Maßstab erprobt für leselastige Web-Lasten",
      "Einfache Replikation; bei jedem Hoster und jeder Cloud verfügbar",
      "Den meisten Webentwicklern vertraut",
    ],
    weaknesses: [
      "Weniger fortgeschrittenes SQL und weniger Erweiterungen als PostgreSQL",
      "Die Verwaltung durch Oracle beunruhigt manche Teams",
      "Manche Voreinstellungen und Kollationen überraschen Neulinge",
    ],
  },
  mariadb: {
    summary:
      "Community-Fork von MySQL durch dessen ursprüngliche Autoren, weitgehend direkt austauschbar.",
    strengths: [
      "Direkter Ersatz für die meisten MySQL-Einsätze",
      "Von der Community gesteuert, vollständig Open Source",
      "Zusätzliche Storage-Engines und Galera-Clustering",
    ],
    weaknesses: [
      "Hat sich von MySQL entfernt; nicht jede Funktion stimmt überein",
      "Kleineres Angebot in Managed Clouds als MySQL oder PostgreSQL",
      "Die Unterstützung durch Firmen war wechselhaft",
    ],
  },
  sqlite: {
    summary:
      "Eingebettete SQL-Datenbank ohne Server, in einer einzigen Datei, direkt in die Anwendung gelinkt.",
    strengths: [
      "Keine Einrichtung: kein Server, nur eine Datei",
      "Sehr schnell bei lokalen Lesezugriffen; extrem gut getestet",
      "Ideal für Tests, Edge-Apps und kleine bis mittlere Dienste auf einem Knoten",
    ],
    weaknesses: [
      "Immer nur ein Schreiber begrenzt gleichzeitige Schreibzugriffe",
      "Kein eingebauter Netzzugriff und keine Replikation",
      "Über einen Knoten hinaus braucht es zusätzliche Werkzeuge",
    ],
  },
  mongodb: {
    summary:
      "Dokumentendatenbank für JSON-artige Dokumente mit flexiblen Schemas und eingebautem Sharding.",
    strengths: [
      "Flexibles Schema passt zu wachsenden oder verschachtelten Daten",
      "Replikation und horizontales Sharding eingebaut",
      "Passt natürlich zu JSON-lastigen JavaScript-Stacks",
    ],
    weaknesses: [
      "Joins und Transaktionen über mehrere Dokumente sind schwächer als in SQL",
      "Die SSPL ist nicht OSI-anerkannt; schränkt manches Hosting ein",
      "Schemafreiheit kann zu uneinheitlichen Daten führen",
    ],
  },
  cassandra: {
    summary:
      "Verteilter Wide-Column-Speicher für riesige Schreibmengen und Verfügbarkeit über mehrere Rechenzentren.",
    strengths: [
      "Schreibzugriffe skalieren linear über viele Knoten",
      "Kein Single Point of Failure; Replikation über Regionen",
      "Einstellbare Konsistenz pro Abfrage",
    ],
    weaknesses: [
      "Daten müssen vorab um die Abfragen herum modelliert werden",
      "Keine Joins, begrenzte Ad-hoc-Abfragen",
      "Anspruchsvoll im Betrieb (Repairs, Compaction, Tuning)",
    ],
  },
  dynamodb: {
    summary:
      "Vollständig verwaltete Key-Value- und Dokumentendatenbank bei AWS mit vorhersehbarer Latenz in jeder Größe.",
    strengths: [
      "Keine Server zu betreiben; skaliert automatisch",
      "Lese- und Schreibzugriffe in einstelligen Millisekunden",
      "Abrechnung pro Anfrage passt zu schwankendem Verkehr",
    ],
    weaknesses: [
      "Bindung an AWS; keine selbst gehostete Produktionsversion",
      "Zugriffsmuster müssen vorab entworfen werden",
      "Kosten steigen mit Scans und großen Einträgen",
    ],
  },
  elasticsearch: {
    summary: "Verteilte Such- und Analyse-Engine auf Lucene, für Volltextsuche und Logs.",
    strengths: [
      "Schnelle Volltextsuche mit Relevanzbewertung",
      "Aggregationen für Analysen und Dashboards",
      "Skaliert horizontal über Shards",
    ],
    weaknesses: [
      "Keine Primärdatenbank; schwache Transaktionsgarantien",
      "Speicherhungrig und knifflig zu tunen und zu betreiben",
      "Lizenzwechsel führten zum Fork OpenSearch",
    ],
  },
  redis: {
    summary:
      "In-Memory-Speicher für Datenstrukturen, genutzt als Cache, Message Broker, Queue und Pub/Sub.",
    strengths: [
      "Lese- und Schreibzugriffe unter einer Millisekunde",
      "Reiche Datentypen: Hashes, Sets, sortierte Sets, Streams",
      "Pub/Sub und Streams für Verteilung in Echtzeit",
      "Von fast jedem Framework und jeder Cloud unterstützt",
    ],
    weaknesses: [
      "Die Daten müssen in den Speicher passen; Persistenz ist zweitrangig",
      "Lizenzwechsel 2024; Valkey ist ein BSD-lizenzierter Fork",
      "Clustering erhöht die Komplexität in Betrieb und Client",
    ],
  },
  memcached: {
    summary: "Einfacher, mehrfädiger, verteilter In-Memory-Key-Value-Cache.",
    strengths: [
      "Sehr einfach und schnell für reines Key-Value-Caching",
      "Mehrfädig; nutzt viele Kerne gut",
      "Ausgereift und breit unterstützt",
    ],
    weaknesses: [
      "Keine Persistenz, keine Replikation, keine reichen Datentypen",
      "Nur Cache: kein Pub/Sub, keine Queues",
      "Weniger aktive Weiterentwicklung als Redis",
    ],
  },
  "javascript-ajax": {
    summary:
      "JavaScript im Browser lädt Daten im Hintergrund (XMLHttpRequest, heute fetch) und aktualisiert die Seite.",
    strengths: [
      "Funktioniert in jedem Browser ohne zusätzliches Protokoll",
      "Einfaches HTTP: Caching, Auth und Proxys funktionieren einfach",
      "Schlichtes Anfrage-Antwort-Modell, leicht zu durchschauen",
    ],
    weaknesses: [
      "Der Client muss abfragen, um Änderungen am Server zu sehen",
      "Braucht JavaScript; mehr Client-Code zu pflegen",
      "Viele kleine Anfragen kosten Latenz in langsamen Netzen",
    ],
  },
  websockets: {
    summary:
      "Dauerhafte Vollduplex-Verbindung zwischen Browser und Server über einen einzigen TCP-Socket.",
    strengths: [
      "Nachrichten mit geringer Latenz in beide Richtungen",
      "Kein HTTP-Overhead pro Nachricht",
      "Von allen modernen Browsern und großen Frameworks unterstützt",
    ],
    weaknesses: [
      "Zustandsbehaftete Verbindungen erschweren Lastverteilung und Skalierung",
      "Wiederverbinden, Heartbeats und Gegendruck sind deine Sache",
      "Manche Proxys und Firewalls stören das Upgrade",
    ],
  },
  sse: {
    summary:
      "Einseitiger Strom von Server-Ereignissen zum Browser über einfaches HTTP mit der EventSource-API.",
    strengths: [
      "Einfaches HTTP: geht durch die meisten Proxys und mit HTTP/2",
      "Automatisches Wiederverbinden und Fortsetzen mit Last-Event-ID",
      "Viel einfachere Serverseite als WebSockets",
    ],
    weaknesses: [
      "Nur vom Server zum Client; der Client sendet über normale Anfragen",
      "Nur Text; Binärdaten brauchen eine Kodierung",
      "Verbindungsgrenzen pro Domain unter HTTP/1.1",
    ],
  },
  "long-polling": {
    summary:
      "Der Client hält eine Anfrage offen, bis der Server Neues hat, und fragt dann sofort wieder.",
    strengths: [
      "Funktioniert überall, wo einfaches HTTP funktioniert",
      "Keine besondere Unterstützung von Server oder Proxy nötig",
      "Gute Notlösung, wenn WebSockets blockiert sind",
    ],
    weaknesses: [
      "Mehr Latenz und Overhead als eine dauerhafte Verbindung",
      "Hält viele offene Anfragen auf dem Server",
      "Reihenfolge und verpasste Nachrichten brauchen Sorgfalt",
    ],
  },
  htmx: {
    summary: "Kleine Bibliothek, die HTML per Attribut um AJAX, SSE und WebSockets erweitert.",
    strengths: [
      "Interaktive Seiten mit wenig oder keinem handgeschriebenen JavaScript",
      "Der Server rendert HTML; keine eigene JSON-API nötig",
      "Winzig, ohne Abhängigkeiten, passt zu jedem Backend",
    ],
    weaknesses: [
      "Reicher Zustand im Client ist umständlich auszudrücken",
      "Kleineres Ökosystem als React oder Vue",
      "Koppelt UI-Änderungen eng an Server-Templates",
    ],
  },
  html5: {
    summary:
      "Der aktuelle HTML-Standard: semantisches Markup, native Formulare und Validierung, Medien, Speicher-APIs.",
    strengths: [
      "Serverseitig gerenderte Seiten und Formulare gehen ohne JavaScript",
      "Formularvalidierung, Medien und Barrierefreiheit eingebaut",
      "Überall unterstützt, schneller erster Seitenaufbau",
    ],
    weaknesses: [
      "Vollständiges Neuladen bei jedem Absenden eines Formulars",
      "Reiche Interaktion braucht JavaScript obendrauf",
    ],
  },
  kafka: {
    summary:
      "Verteiltes, repliziertes Commit-Log: Produzenten hängen Ereignisse an, Konsumenten lesen in eigenem Tempo.",
    strengths: [
      "Sehr hoher Durchsatz mit geordneten, dauerhaften Partitionen",
      "Konsumenten können die Geschichte ab jedem Offset erneut lesen",
      "Großes Ökosystem: Connect, Streams, Schema-Registries",
    ],
    weaknesses: [
      "Aufwendig im Betrieb: Partitionen, Broker, Rebalancing",
      "Kein Routing pro Nachricht, keine Prioritäten, keine verzögerte Zustellung",
      "Überdimensioniert für ein paar hundert Nachrichten pro Sekunde",
    ],
  },
  rabbitmq: {
    summary: "Message Broker mit Queues, Exchanges und Routing-Keys; spricht AMQP, MQTT und STOMP.",
    strengths: [
      "Flexibles Routing: Direct-, Topic-, Fan-out- und Header-Exchanges",
      "Bestätigungen, Dead-Lettering und Prioritäten eingebaut",
      "Ausgereifte Clients für fast jede Sprache",
    ],
    weaknesses: [
      "Durchsatz deutlich unter dem eines log-basierten Brokers",
      "Lange Queues kosten Speicher und bremsen den Broker",
      "Alte Nachrichten erneut lesen braucht Streams oder einen anderen Speicher",
    ],
  },
  nats: {
    summary:
      "Leichtgewichtiges Publish-Subscribe- und Request-Reply-Messaging; JetStream ergänzt Persistenz.",
    strengths: [
      "Eine kleine Binärdatei, einfach zu betreiben und zu clustern",
      "Sehr geringe Latenz für Request-Reply und Verteilung",
      "JetStream bringt dauerhafte Streams und einen Key-Value-Speicher",
    ],
    weaknesses: [
      "Kleineres Ökosystem als Kafka oder RabbitMQ",
      "Core NATS liefert höchstens einmal; Dauerhaftigkeit braucht JetStream",
    ],
  },
  "amazon-sqs": {
    summary:
      "Vollständig verwaltete Message Queue bei AWS, abgerechnet pro Anfrage, mit FIFO-Queues bei Bedarf.",
    strengths: [
      "Nichts zu betreiben; skaliert ohne Kapazitätsplanung",
      "Dead-Letter-Queues und Sichtbarkeits-Timeouts eingebaut",
      "Zusammen mit Lambda und SNS für Verteilung",
    ],
    weaknesses: [
      "Bindet das System an AWS",
      "Kein erneutes Lesen; eine verarbeitete Nachricht ist weg",
      "FIFO-Queues haben niedrigere Durchsatzgrenzen",
    ],
  },
  pulsar: {
    summary:
      "Verteiltes Messaging und Streaming, bei dem Speicher und Broker getrennt sind (BookKeeper).",
    strengths: [
      "Queues und Streams in einem System",
      "Mandantenfähigkeit und Geo-Replikation eingebaut",
      "Tiered Storage verschiebt alte Daten in Objektspeicher",
    ],
    weaknesses: [
      "Viele bewegliche Teile: Broker, BookKeeper, ZooKeeper oder etcd",
      "Kleinere Community und weniger Managed-Angebote als Kafka",
    ],
  },
  valkey: {
    summary:
      "Open-Source-Fork von Redis 7.2 unter der Linux Foundation: In-Memory-Key-Value-Speicher.",
    strengths: [
      "Direkter Ersatz für Redis-Clients und -Befehle",
      "Freizügige BSD-Lizenz, von mehreren Cloud-Anbietern getragen",
      "Mehrfädige Ein- und Ausgabe für höheren Durchsatz",
    ],
    weaknesses: [
      "Junges Projekt; neuere Redis-Funktionen können abweichen",
      "Die Daten müssen in den Speicher passen",
    ],
  },
  dragonfly: {
    summary:
      "Mehrfädiger In-Memory-Speicher, kompatibel mit den Protokollen von Redis und Memcached.",
    strengths: [
      "Nutzt jeden Kern einer großen Maschine",
      "Spricht die Protokolle von Redis und Memcached",
      "Snapshots ohne Fork des Prozesses",
    ],
    weaknesses: ["Quelloffene, aber nicht freie Lizenz", "Jünger und weniger erprobt als Redis"],
  },
  varnish: {
    summary:
      "Cachender HTTP-Reverse-Proxy vor Webservern, konfiguriert in seiner eigenen Sprache VCL.",
    strengths: [
      "Liefert zwischengespeicherte Seiten und API-Antworten in Mikrosekunden",
      "VCL steuert fein, was zwischengespeichert wird",
      "Der Grace-Modus liefert alte Inhalte, während das Backend ausfällt",
    ],
    weaknesses: [
      "Keine TLS-Terminierung in der Open-Source-Ausgabe",
      "VCL ist eine weitere Sprache zum Lernen",
    ],
  },
  opensearch: {
    summary:
      "Open-Source-Fork von Elasticsearch 7.10 mit Dashboards, heute unter der Linux Foundation.",
    strengths: [
      "Volltext-, Facetten- und Vektorsuche auf Lucene",
      "Freizügige Lizenz; Managed-Angebot bei AWS",
      "Plugins für Sicherheit, Alarme und Observability",
    ],
    weaknesses: [
      "Cluster-Tuning und Shard-Größen verlangen Erfahrung",
      "Die APIs entfernen sich mit der Zeit von Elasticsearch",
    ],
  },
  meilisearch: {
    summary:
      "In Rust geschriebene Suchmaschine für sofortige, tippfehlertolerante Suche in Apps und Websites.",
    strengths: [
      "Relevante, tippfehlertolerante Treffer mit wenig Tuning",
      "Eine Binärdatei, einfache REST-API, schnell eingerichtet",
      "Suche beim Tippen mit Antworten in Millisekunden",
    ],
    weaknesses: [
      "Nicht für Analysen oder Log-Suche gebaut",
      "Skalierung über einen Knoten hinaus ist in der Community-Ausgabe begrenzt",
    ],
  },
  solr: {
    summary:
      "Such-Server für Unternehmen auf Lucene mit Facetten, Hervorhebung und SolrCloud-Clustern.",
    strengths: [
      "Ausgereift, mit reichen Facetten und Relevanz-Tuning",
      "Vollständig Open Source unter der Apache Foundation",
      "SolrCloud verteilt und repliziert Collections",
    ],
    weaknesses: [
      "Die Konfiguration ist ausführlich und XML-lastig",
      "Heute kleinere Community als Elasticsearch",
    ],
  },
  keycloak: {
    summary:
      "Selbst gehostetes Identitäts- und Zugriffsmanagement: Single Sign-on, OpenID Connect und SAML.",
    strengths: [
      "Kostenlos, selbst gehostet, ohne Preis pro Nutzer",
      "OpenID Connect, SAML, Social Login und LDAP-Anbindung",
      "Admin-Konsole für Realms, Clients und Rollen",
    ],
    weaknesses: [
      "Ein Java-Dienst, den man selbst betreibt, aktualisiert und absichert",
      "Theming und eigene Abläufe kosten Aufwand",
    ],
  },
  auth0: {
    summary:
      "Gehostete Identitätsplattform (Okta): Login, Single Sign-on und Nutzerverwaltung als Dienst.",
    strengths: [
      "Nichts zu hosten; SDKs für die meisten Stacks",
      "Social-, Enterprise- und passwortloser Login eingebaut",
      "Mehrfaktor-Authentifizierung und Erkennung geleakter Passwörter",
    ],
    weaknesses: [
      "Der Preis steigt steil mit aktiven Nutzern",
      "Bindung von Nutzerdaten und Login-Abläufen an den Anbieter",
    ],
  },
  "amazon-cognito": {
    summary:
      "User Pools und Identity Pools bei AWS: Registrierung, Anmeldung und temporäre AWS-Zugangsdaten.",
    strengths: [
      "Günstig in großem Maßstab, mit kostenlosem Kontingent",
      "Integriert mit API Gateway, ALB und IAM",
      "OpenID Connect, SAML und Social-Anbieter",
    ],
    weaknesses: [
      "Gehostete Login-Seiten lassen sich schwer anpassen",
      "Nutzer lassen sich nicht einfach samt Passwort exportieren",
      "Bindet die Identitäten an AWS",
    ],
  },
  ory: {
    summary:
      "Headless-Identitätsserver, API zuerst: du baust die Login-Seiten, er führt die Abläufe aus.",
    strengths: [
      "Volle Kontrolle über die Login-Oberfläche",
      "Kleine Go-Dienste, cloud-nativ zu betreiben",
      "Auch als verwaltetes Ory Network erhältlich",
    ],
    weaknesses: [
      "Mehr Integrationsarbeit als eine gehostete Login-Seite",
      "Für OAuth2 und Berechtigungen braucht es mehrere Ory-Dienste",
    ],
  },
  "firebase-auth": {
    summary:
      "Gehostete Anmeldung von Google für Apps: E-Mail, Telefon und Social-Anbieter mit Client-SDKs.",
    strengths: [
      "Anmeldung in Minuten, mit SDKs für Web und Mobil",
      "Großzügiges kostenloses Kontingent",
      "Passt zu den Sicherheitsregeln von Firestore und Cloud Functions",
    ],
    weaknesses: [
      "Bindet die Identitäten an Google Cloud",
      "Begrenzte Enterprise-Funktionen ohne Identity Platform",
    ],
  },
};
