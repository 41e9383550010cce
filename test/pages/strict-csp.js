// Runs before the widget loads: records CSP violations and every way a page can reach the
// network, so the test can prove the widget uses none of them.
window.smViolations = [];
window.smNetwork = [];
document.addEventListener('securitypolicyviolation', (event) => window.smViolations.push(`${event.violatedDirective}: ${event.blockedURI}`));

const note = (kind) => (target) => window.smNetwork.push(`${kind} ${String(target)}`);
const realFetch = window.fetch;
window.fetch = (input, init) => {
  note('fetch')(input);
  return realFetch(input, init);
};
const realOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  note('xhr')(url);
  return realOpen.call(this, method, url, ...rest);
};
navigator.sendBeacon = (url) => {
  note('beacon')(url);
  return true;
};
const RealWebSocket = window.WebSocket;
window.WebSocket = class extends RealWebSocket {
  constructor(url, protocols) {
    note('websocket')(url);
    super(url, protocols);
  }
};
const imageSrc = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
Object.defineProperty(HTMLImageElement.prototype, 'src', {
  set(value) {
    note('image')(value);
    imageSrc.set.call(this, value);
  },
  get() {
    return imageSrc.get.call(this);
  },
});

await import('/dist/sm-compose.bundle.js');
window.smReady = true;
