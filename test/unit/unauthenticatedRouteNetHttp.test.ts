import * as assert from 'assert';
import { routeFindings, routeMessages } from './routeTestSupport';

describe('unauthenticated-personal-data-route: Go net/http', () => {
  const server = (...routes: string[]) =>
    [
      'package shipping',
      '',
      'func (s *Server) Routes(requireSeller func(http.Handler) http.Handler) http.Handler {',
      '\tmux := http.NewServeMux()',
      ...routes.map((r) => `\t${r}`),
      '\treturn mux',
      '}',
      '',
      'func (s *Server) track(w http.ResponseWriter, r *http.Request) {',
      '\tsh, _ := s.shipments.ByTrackingNumber(r.URL.Query().Get("tn"))',
      '\t_ = json.NewEncoder(w).Encode(map[string]any{"deliverTo": sh.Recipient.Postcode})',
      '}',
      '',
      'func (s *Server) card(w http.ResponseWriter, r *http.Request) {',
      '\tc := s.contacts.Find(r.URL.Query().Get("id"))',
      '\tfmt.Fprintf(w, "%s <%s>", c.FullName, c.Email)',
      '}',
      '',
      'func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {',
      '\tw.Write([]byte("ok"))',
      '}',
    ].join('\n');

  it('reports HandleFunc and Handle routes whose handler writes personal data to the ResponseWriter, at the route call', async () => {
    const source = server('mux.HandleFunc("/track", s.track)', 'mux.Handle("GET /card", http.HandlerFunc(s.card))', 'mux.HandleFunc("/healthz", s.healthz)');
    assert.deepStrictEqual(await routeFindings('go', source), ['5:"/track"', '6:"GET /card"']);
    assert.match((await routeMessages('go', source))[0] ?? '', /^\/track \(net\/http\) returns sh\.Recipient\.Postcode \(postal code\), and/);
  });

  it('does not report handlers wrapped in a guard, or a mux wrapped in one', async () => {
    assert.deepStrictEqual(await routeFindings('go', server('mux.Handle("/track", requireSeller(http.HandlerFunc(s.track)))')), []);
    const wrapped = server('mux.HandleFunc("/track", s.track)').replace('\treturn mux', '\treturn authenticate(mux)');
    assert.deepStrictEqual(await routeFindings('go', wrapped), []);
  });
});
