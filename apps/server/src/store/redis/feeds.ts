// Room subscriptions over one dedicated pub/sub connection per store: SUBSCRIBE on a
// room's first listener, UNSUBSCRIBE on its last. Pub/sub alone is lossy (messages sent
// while the connection is down are gone), so every feed remembers the last seq it handed
// on and, whenever it may have missed something — a new subscription, a reconnect, a gap —
// it subscribes, reads the log after that seq and only then goes back to live messages,
// which wait in a buffer meanwhile. Listeners therefore see each event once, in seq order.
import type { RoomEvent } from "@stackboard/core";
import type { Redis } from "ioredis";
import type { StoreListener } from "../types.ts";
import { decodeEvent } from "./codec.ts";
import type { RedisLogger } from "./connection.ts";

export interface FeedSource {
  latestSeq(roomId: string): Promise<number>;
  readEvents(roomId: string, afterSeq: number, limit: number): Promise<RoomEvent[]>;
}

const READ_CHUNK = 1_000;
/** Past this many buffered messages the buffer is dropped: the log has them anyway. */
const MAX_BUFFER = 10_000;
const RETRY_MS = 500;

interface Feed {
  readonly roomId: string;
  readonly channel: string;
  readonly listeners: Set<StoreListener>;
  /** The last seq handed to listeners; null until the subscription's baseline is read. */
  lastSeq: number | null;
  /** Live messages held back while the feed reads the log. */
  buffer: RoomEvent[];
  syncing: boolean;
  running: boolean;
  /** Something happened during a sync that calls for another round (a reconnect). */
  again: boolean;
  closed: boolean;
}

export class RoomFeeds {
  private readonly feeds = new Map<string, Feed>();
  private retryTimer: NodeJS.Timeout | null = null;
  private closed = false;

  private readonly sub: Redis;
  private readonly source: FeedSource;
  private readonly channelOf: (roomId: string) => string;
  private readonly logger: RedisLogger;

  constructor(
    sub: Redis,
    source: FeedSource,
    channelOf: (roomId: string) => string,
    logger: RedisLogger,
  ) {
    this.sub = sub;
    this.source = source;
    this.channelOf = channelOf;
    this.logger = logger;
    sub.on("message", (channel: string, message: string) => this.onMessage(channel, message));
    // A (re)connected subscriber holds no subscriptions (we resubscribe ourselves rather
    // than let ioredis do it, so that each feed reads the log only after it is subscribed).
    sub.on("ready", () => {
      for (const feed of this.feeds.values()) this.resync(feed);
    });
  }

  add(roomId: string, listener: StoreListener): () => void {
    const channel = this.channelOf(roomId);
    let feed = this.feeds.get(channel);
    if (feed === undefined) {
      feed = {
        roomId,
        channel,
        listeners: new Set(),
        lastSeq: null,
        buffer: [],
        syncing: false,
        running: false,
        again: false,
        closed: false,
      };
      this.feeds.set(channel, feed);
      this.resync(feed);
    }
    const current = feed;
    // A wrapper, so that subscribing the same function twice gives two subscriptions.
    const entry: StoreListener = (event) => listener(event);
    current.listeners.add(entry);
    return () => {
      current.listeners.delete(entry);
      if (current.listeners.size > 0 || this.feeds.get(channel) !== current) return;
      current.closed = true;
      this.feeds.delete(channel);
      if (this.sub.status === "ready") {
        this.sub.unsubscribe(channel).catch((err: unknown) => {
          this.logger.debug({ err, channel }, "unsubscribe failed");
        });
      }
    };
  }

  /** Rooms with at least one listener (for tests and metrics). */
  get roomIds(): string[] {
    return [...this.feeds.values()].map((feed) => feed.roomId);
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    for (const feed of this.feeds.values()) feed.closed = true;
    this.feeds.clear();
  }

  private onMessage(channel: string, message: string): void {
    const feed = this.feeds.get(channel);
    if (feed === undefined) return;
    let event: RoomEvent;
    try {
      event = decodeEvent(message);
    } catch (err) {
      this.logger.error({ err, channel }, "unreadable message on a room channel");
      return;
    }
    if (feed.syncing) {
      feed.buffer.push(event);
      if (feed.buffer.length > MAX_BUFFER) {
        feed.buffer = [];
        feed.again = true;
      }
      return;
    }
    this.deliver(feed, [event]);
  }

  /** Hands on events past `lastSeq` in order; a gap sends the feed back to the log. */
  private deliver(feed: Feed, events: readonly RoomEvent[]): void {
    for (const [index, event] of events.entries()) {
      if (feed.closed) return;
      if (feed.lastSeq !== null && event.seq <= feed.lastSeq) continue;
      if (feed.lastSeq !== null && event.seq !== feed.lastSeq + 1) {
        feed.buffer = events.slice(index);
        this.resync(feed);
        return;
      }
      feed.lastSeq = event.seq;
      for (const listener of [...feed.listeners]) {
        try {
          listener(event);
        } catch (err) {
          this.logger.error({ err, roomId: feed.roomId, seq: event.seq }, "store listener threw");
        }
      }
    }
  }

  private resync(feed: Feed): void {
    feed.syncing = true;
    if (feed.running) {
      feed.again = true;
      return;
    }
    void this.run(feed);
  }

  private async run(feed: Feed): Promise<void> {
    feed.running = true;
    try {
      do {
        feed.again = false;
        if (feed.closed || this.closed) return;
        // Not connected: the next "ready" starts over.
        if (this.sub.status !== "ready") return;
        try {
          await this.syncOnce(feed);
        } catch (err) {
          this.logger.warn({ err, roomId: feed.roomId }, "room feed could not catch up; retrying");
          this.retrySoon();
          return;
        }
      } while (feed.again);
      this.flush(feed);
    } finally {
      feed.running = false;
    }
  }

  private async syncOnce(feed: Feed): Promise<void> {
    // The baseline is read before the subscription is confirmed: anything appended after
    // it is either in the log when we read below or arrives as a message.
    const baseline = feed.lastSeq === null ? this.source.latestSeq(feed.roomId) : null;
    baseline?.catch(() => undefined);
    await this.sub.subscribe(feed.channel);
    if (baseline !== null) feed.lastSeq = await baseline;
    for (;;) {
      const events = await this.source.readEvents(feed.roomId, feed.lastSeq ?? 0, READ_CHUNK);
      this.deliver(feed, events);
      if (events.length < READ_CHUNK || feed.closed) return;
    }
  }

  private flush(feed: Feed): void {
    const buffered = feed.buffer;
    feed.buffer = [];
    feed.syncing = false;
    this.deliver(feed, buffered);
  }

  private retrySoon(): void {
    if (this.retryTimer !== null || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      for (const feed of this.feeds.values()) if (feed.syncing) this.resync(feed);
    }, RETRY_MS);
    this.retryTimer.unref();
  }
}
