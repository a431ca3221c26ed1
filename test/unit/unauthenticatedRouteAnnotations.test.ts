import * as assert from 'assert';
import { parseAnnotations, withoutLineComments } from '../../src/core/rules/routes/annotations';

describe('route rule: annotations as written', () => {
  it('drops the line comments an adapter leaves on an annotation, not a PHP attribute or a # in a string', () => {
    assert.strictEqual(withoutLineComments('@app.get("/p")  # guarded by @login_required'), '@app.get("/p")  ');
    assert.strictEqual(withoutLineComments('[HttpGet("{id}")] // public lookup'), '[HttpGet("{id}")] ');
    assert.strictEqual(withoutLineComments('@app.route(\n    "/p#top",  # anchor\n    methods=["GET"])'), '@app.route(\n    "/p#top",  \n    methods=["GET"])');
    assert.strictEqual(withoutLineComments("#[Route('/p')] #[IsGranted('ROLE_USER')]"), "#[Route('/p')] #[IsGranted('ROLE_USER')]");
  });

  it('reads the name and path of an annotation that carries a comment', () => {
    assert.deepStrictEqual(parseAnnotations(['@app.get("/healthz")  # trap: liveness probe (no data)']), [{ name: 'app.get', argumentsText: '"/healthz"', firstString: '/healthz' }]);
  });
});
