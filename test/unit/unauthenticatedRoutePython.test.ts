import * as assert from 'assert';
import { routeFindings, routeLinesWithProjectGuards, routeMessages } from './routeTestSupport';

describe('unauthenticated-personal-data-route: Flask', () => {
  it('reports views that return or accept personal data, on the route decorator', async () => {
    const source = [
      "@app.route('/patients/<int:pid>')",
      'def get_patient(pid):',
      '    patient = Patient.query.get_or_404(pid)',
      '    return jsonify(email=patient.email, dob=patient.date_of_birth)',
      '',
      "@bp.post('/profile')",
      'def update_profile():',
      "    phone = request.json['phone']",
      '    save_phone(phone)',
      "    return '', 204",
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('python', source), ["1:app.route('/patients/<int:pid>')", "6:bp.post('/profile')"]);
    const [returns, accepts] = await routeMessages('python', source);
    assert.match(returns ?? '', /^GET \/patients\/<int:pid> \(Flask\) returns patient\.email \(email address\) and patient\.date_of_birth \(date of birth\)/);
    assert.match(accepts ?? '', /^POST \/profile \(Flask\) accepts phone \(phone number, from request\.json\.phone\)/);
  });

  it('does not report views guarded by a decorator', async () => {
    const source = ["@app.get('/users/<int:uid>')", '@login_required', 'def get_user(uid):', '    return jsonify(User.query.get(uid).to_dict())', '', "@app.get('/employees/<int:eid>')", '@jwt_required()', 'def get_employee(eid):', '    employee = Employee.query.get(eid)', '    return jsonify(name=employee.full_name)'].join('\n');
    assert.deepStrictEqual(await routeFindings('python', source), []);
  });

  it('does not report views of a blueprint whose before_request hook checks the caller', async () => {
    const source = ['@admin.before_request', 'def require_admin():', '    if not current_user.is_authenticated:', '        abort(401)', '', "@admin.get('/customers')", 'def list_customers():', '    return jsonify([c.to_dict() for c in Customer.query.all()])'].join('\n');
    assert.deepStrictEqual(await routeFindings('python', source), []);
  });

  it('does not report views without personal data, and knows the project’s guards', async () => {
    assert.deepStrictEqual(await routeFindings('python', "@app.route('/health')\ndef health():\n    return jsonify(status='ok')"), []);
    const source = "@app.get('/patients/<int:pid>')\n@clinic_only\ndef get_patient(pid):\n    return jsonify(Patient.query.get(pid).to_dict())";
    assert.deepStrictEqual(await routeLinesWithProjectGuards('python', source, []), [1]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('python', source, ['clinic_only']), []);
  });
});

describe('unauthenticated-personal-data-route: Flask class-based views', () => {
  it('reports the methods of a Flask-RESTful resource at their names, unless its method_decorators guard them', async () => {
    const resource = (guard: string) =>
      ['class PatientResource(Resource):', guard, '    def get(self, patient_id):', '        patient = Patient.query.get_or_404(patient_id)', '        return {"email": patient.email}'].filter((l) => l !== '').join('\n');
    assert.deepStrictEqual(await routeFindings('python', resource('')), ['2:get']);
    assert.match((await routeMessages('python', resource('')))[0] ?? '', /^PatientResource\.get \(Flask\) returns patient\.email/);
    assert.deepStrictEqual(await routeFindings('python', resource('    method_decorators = [jwt_required()]')), []);
    assert.deepStrictEqual(await routeFindings('python', resource('    decorators = [login_required]')), []);
  });
});

describe('unauthenticated-personal-data-route: FastAPI', () => {
  const app = 'app = FastAPI()\n';

  it('reports routes that return a person record or take personal parameters', async () => {
    const source = [
      '@app.get("/patients/{pid}")',
      'async def read_patient(pid: int, db: Session = Depends(get_db)):',
      '    patient = db.get(Patient, pid)',
      '    return patient',
      '',
      '@app.post("/patients")',
      'async def create_patient(payload: PatientCreate):',
      '    return {"ok": True}',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('python', app + source), ['2:app.get("/patients/{pid}")', '7:app.post("/patients")']);
    assert.match((await routeMessages('python', app + source))[1] ?? '', /accepts payload \(PatientCreate\)/);
  });

  it('reads the response model a route declares', async () => {
    const source = '@app.get("/patients/{pid}", response_model=PatientOut)\nasync def read_patient(pid: int):\n    return await repository.fetch(pid)';
    assert.deepStrictEqual(await routeFindings('python', app + source), ['2:app.get("/patients/{pid}", response_model=PatientOut)']);
    assert.match((await routeMessages('python', app + source))[0] ?? '', /returns PatientOut records \(its response_model\)/);
  });

  it('does not report routes with an authenticating dependency in the parameters (or their type alias) or the decorator', async () => {
    const source = [
      '@app.get("/users/me")',
      'async def read_me(current_user: User = Depends(get_current_user)):',
      '    return current_user',
      '',
      '@app.get("/customers/{cid}", dependencies=[Depends(verify_token)])',
      'async def read_customer(cid: int):',
      '    return await Customer.get(cid)',
      '',
      '@app.get("/patients/{pid}", response_model=PatientPublic)',
      'def read_patient(session: SessionDep, current_user: CurrentUser, pid: int):',
      '    return session.get(Patient, pid)',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('python', app + source), []);
  });

  it('does not report routes of a router with an authenticating dependency, where it is made or included', async () => {
    const source = ['router = APIRouter(prefix="/admin", dependencies=[Depends(get_current_admin)])', '', '@router.get("/employees/{eid}")', 'async def read_employee(eid: int):', '    return await Employee.get(eid)'].join('\n');
    assert.deepStrictEqual(await routeFindings('python', source), []);
    const included = ['router = APIRouter()', '', '@router.get("/employees/{eid}")', 'async def read_employee(eid: int):', '    return await Employee.get(eid)', '', 'app.include_router(router, dependencies=[Depends(get_current_user)])'].join('\n');
    assert.deepStrictEqual(await routeFindings('python', included), []);
    assert.deepStrictEqual(await routeFindings('python', included.replace(', dependencies=[Depends(get_current_user)]', '')), ['3:router.get("/employees/{eid}")']);
  });

  it('reads decorators with a comment on their line, and a comment that names a guard is no guard', async () => {
    const source = ['@app.get("/patients/{pid}")  # guarded by @login_required upstream', 'def read_patient(pid: int):', '    return db.get(Patient, pid)'].join('\n');
    assert.deepStrictEqual(await routeFindings('python', app + source), ['2:app.get("/patients/{pid}")']);
  });

  it('takes a database session dependency for plumbing, and get_current_<person> for a guard', async () => {
    const route = (parameters: string) => ['@app.get("/intakes/{iid}")', `def get_intake(iid: int, ${parameters}):`, '    return db.get(Patient, iid)'].join('\n');
    assert.deepStrictEqual(await routeFindings('python', app + route('db: Session = Depends(get_session)')), ['2:app.get("/intakes/{iid}")']);
    assert.deepStrictEqual(await routeFindings('python', app + route('db=Depends(get_session)')), ['2:app.get("/intakes/{iid}")']);
    assert.deepStrictEqual(await routeFindings('python', app + route('patient=Depends(get_current_patient), db: Session = Depends(get_session)')), []);
  });

  it('reports a record whose personal fields the file reads elsewhere, found by a session query on its type', async () => {
    const source = [
      '@app.get("/intakes/{iid}")',
      'def get_intake(iid: int, db: Session = Depends(get_session)):',
      '    intake = db.get(Intake, iid)',
      '    return intake',
      '',
      'def notify(db, iid):',
      '    intake = db.get(Intake, iid)',
      '    mailer.send(intake.email)',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('python', app + source), ['2:app.get("/intakes/{iid}")']);
    assert.match((await routeMessages('python', app + source))[0] ?? '', /returns intake\.email \(email address\)/);
    assert.deepStrictEqual(await routeFindings('python', app + source.replace('intake.email', 'intake.status')), []);
  });

  it('does not count a parameter the route only passes through a sanitiser', async () => {
    const route = (use: string) => ['@app.post("/symptom-check")', 'def symptom_check(symptoms: str):', `    grade = triage_model.grade(${use})`, '    return {"urgency": grade}'].join('\n');
    assert.deepStrictEqual(await routeFindings('python', app + route('scrub_phi(symptoms)')), []);
    assert.deepStrictEqual(await routeFindings('python', app + route('symptoms')), ['2:app.post("/symptom-check")']);
  });

  it('does not report routes without personal data, and knows the project’s guards', async () => {
    assert.deepStrictEqual(await routeFindings('python', app + '@app.get("/items")\nasync def list_items():\n    return ITEMS'), []);
    const source = app + '@app.get("/patients/{pid}")\nasync def read_patient(pid: int, _=Depends(clinic_gate)):\n    return await Patient.get(pid)';
    assert.deepStrictEqual(await routeLinesWithProjectGuards('python', source, []), [2]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('python', source, ['clinic_gate']), []);
  });
});

describe('unauthenticated-personal-data-route: Django', () => {
  it('reports function views and generic class views that serve person records, at their names', async () => {
    const source = [
      'def patient_detail(request, pk):',
      '    patient = Patient.objects.get(pk=pk)',
      "    return JsonResponse({'email': patient.email, 'phone': patient.phone})",
      '',
      'class CustomerList(generics.ListAPIView):',
      '    queryset = Customer.objects.all()',
      '    serializer_class = CustomerSerializer',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('python', source), ['1:patient_detail', '5:CustomerList']);
    assert.match((await routeMessages('python', source))[1] ?? '', /^CustomerList \(Django\) returns Customer records \(its queryset\).*DEFAULT_PERMISSION_CLASSES/);
  });

  it('does not report views guarded by a decorator, a mixin, permission classes or a check in the body', async () => {
    const source = [
      '@login_required',
      'def user_detail(request, pk):',
      '    return JsonResponse(model_to_dict(User.objects.get(pk=pk)))',
      '',
      'def profile(request):',
      '    if not request.user.is_authenticated:',
      '        return HttpResponseForbidden()',
      "    return JsonResponse({'email': profile.email})",
      '',
      'class EmployeeViewSet(viewsets.ModelViewSet):',
      '    permission_classes = [IsAuthenticated]',
      '    queryset = Employee.objects.all()',
      '',
      'class PatientView(LoginRequiredMixin, View):',
      '    def get(self, request, pk):',
      "        return JsonResponse({'email': patient.email})",
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('python', source), []);
  });

  it('reports views made public on purpose with AllowAny, and reads under IsAuthenticatedOrReadOnly', async () => {
    const source = [
      'class CustomerView(APIView):',
      '    permission_classes = [AllowAny]',
      '    def get(self, request, pk):',
      '        return Response(CustomerSerializer(Customer.objects.get(pk=pk)).data)',
      '',
      'class PatientViewSet(viewsets.ModelViewSet):',
      '    permission_classes = [IsAuthenticatedOrReadOnly]',
      '    def retrieve(self, request, pk=None):',
      '        return Response(PatientSerializer(self.get_object()).data)',
      '    def create(self, request):',
      "        return Response(save_patient(request.data['email']))",
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('python', source), ['3:get', '8:retrieve']);
  });

  it('does not take helpers that receive the request, or pytest fixtures, for views', async () => {
    const source = ['def patient_for(request, pk):', '    return Patient.objects.get(pk=pk, clinic=request.clinic)', '', '@pytest.fixture', 'def patient(request):', '    return PatientFactory(email=request.param)'].join('\n');
    assert.deepStrictEqual(await routeFindings('python', source), []);
  });

  it('does not report views without personal data, and knows the project’s guards', async () => {
    assert.deepStrictEqual(await routeFindings('python', "def version(request):\n    return JsonResponse({'version': VERSION})"), []);
    const source = "@clinic_only\ndef patient_detail(request, pk):\n    return JsonResponse(model_to_dict(Patient.objects.get(pk=pk)))";
    assert.deepStrictEqual(await routeLinesWithProjectGuards('python', source, []), [2]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('python', source, ['clinic_only']), []);
  });
});
