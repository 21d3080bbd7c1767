// Live updates from the service's server-sent events (GET /api/events).
//
// Read with fetch rather than EventSource: the service names each event by its change (transfer.approved,
// stock.received, plan.running, ...), an open set that EventSource would deliver only to a listener registered per
// name; and fetch can send the bearer token as a header instead of in the URL. Reconnects resume after the last
// event id (Last-Event-ID), so nothing is missed while the connection was down.
import { savedToken } from './api.js';

export class LiveFeed {
  constructor(onEvent, onState, onRefused) {
    this.onEvent = onEvent;
    this.onState = onState;
    this.onRefused = onRefused;
    this.lastId = null;
    this.controller = null;
    this.stopped = false;
    this.retry = 1000;
  }

  start() {
    this.stopped = false;
    this.connect();
    addEventListener('pagehide', () => this.stop());
  }

  stop() {
    this.stopped = true;
    if (this.controller) {
      this.controller.abort();
    }
  }

  async connect() {
    if (this.stopped) {
      return;
    }
    this.controller = new AbortController();
    const headers = { Accept: 'text/event-stream', Authorization: `Bearer ${savedToken()}` };
    if (this.lastId !== null) {
      headers['Last-Event-ID'] = this.lastId;
    }
    try {
      const response = await fetch('/api/events', { headers, signal: this.controller.signal, cache: 'no-store' });
      if (response.status === 401) {
        // the token expired or was revoked: retrying cannot help, the user logs in again
        this.stop();
        this.onRefused();
        return;
      }
      if (!response.ok || !response.body) {
        throw new Error(`event stream answered ${response.status}`);
      }
      this.retry = 1000;
      await this.read(response.body.getReader());
    } catch (error) {
      if (this.stopped) {
        return;
      }
    }
    this.onState(false);
    if (!this.stopped) {
      setTimeout(() => this.connect(), this.retry);
      this.retry = Math.min(this.retry * 2, 15000);
    }
  }

  async read(reader) {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        this.dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  dispatch(block) {
    let type = 'message';
    let id = null;
    const data = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        // the stream's first comment says the subscription is in place: from now on no change is missed
        if (line === ': subscribed') {
          this.onState(true);
        }
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') {
        type = value;
      } else if (field === 'data') {
        data.push(value);
      } else if (field === 'id') {
        id = value;
      }
    }
    if (id !== null) {
      this.lastId = id;
    }
    if (data.length) {
      this.onEvent(type, JSON.parse(data.join('\n')));
    }
  }
}
