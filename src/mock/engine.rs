//! The mock's answers: every operation of every contract, from the resource model, the
//! seeded world and the request's preferences. Implements the generated
//! [`Backend`](generated::support::Backend), so each answer is typed by the operation's
//! response enum before it leaves: the mock cannot say what the contract does not.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use generated::support::{Answer, AnswerBody, Backend, Call, CallBody};
use poem::http::StatusCode;
use rand09::rngs::StdRng;
use rand09::{Rng, SeedableRng};
use serde_json::{Map, Value};

use crate::common::openapi::Keyword;
use crate::common::paging::PageRequest;
use crate::http::dispatch::{render, ErrorShape, Rejection};
use crate::mock::commands::{placeholder, Case, Change, Clash, CommandEffect};
use crate::mock::model::{success_status, trim, Collection, Effect, Model, Role};
use crate::mock::prefer::{self, Prefs};
use crate::mock::spec::{self, operation, resolve};
use crate::mock::values::{rng_for, singular, Faker, Side};
use crate::mock::world::{field_at, id_text, merge, new_item, set_fields, Items, World};
use crate::mock::Settings;

/// What the mock notes about a request for the layer around it (journal, headers).
#[derive(Debug, Default, Clone)]
pub struct Notes {
    pub product: Option<&'static str>,
    pub applied: Option<String>,
}

/// A per-request slot the mock layer puts in the request's extensions.
pub type NotesSlot = Arc<Mutex<Notes>>;

/// The shared engine behind every product's `Backed` adapter.
pub struct Engine {
    pub models: HashMap<&'static str, Arc<Model>>,
    pub shapes: HashMap<&'static str, Arc<dyn ErrorShape>>,
    pub worlds: Mutex<HashMap<&'static str, World>>,
    pub settings: RwLock<Settings>,
    /// `--strict-auth`: the one token/key and login accepted, plus sessions issued by
    /// logins.
    pub strict: Option<crate::mock::StrictAuth>,
    pub sessions: Mutex<HashSet<String>>,
    /// Generated answer bodies, see [`Engine::memoised`].
    pub memo: Mutex<HashMap<String, (AnswerBody, StdRng)>>,
    /// Finished answers to reads, replayed until the next write.
    pub replay: crate::mock::replay::Replay,
}

/// How many generated bodies the engine keeps; past it the memo starts over, which
/// bounds memory however many distinct paths clients invent.
const MEMO_CAPACITY: usize = 4096;

/// One product's `Backend`: the shared engine.
#[derive(Clone)]
pub struct MockBackend(pub Arc<Engine>);

#[async_trait::async_trait]
impl Backend for MockBackend {
    async fn answer(&self, call: Call<'_>) -> poem::Result<Answer> {
        self.0.answer(call).await
    }
}

/// Statuses the engine would pick for each situation, if the operation documents them.
const NOT_FOUND: u16 = 404;
const CONFLICT: u16 = 409;

impl Engine {
    /// A seeded body is a pure function of (seed, operation, concrete path, status), so it
    /// is generated once; the random stream is kept where the body left it, so what
    /// follows (headers) is what an uncached answer would have had.
    fn memoised(
        &self,
        seed: u64,
        key: &str,
        make: impl FnOnce() -> (AnswerBody, StdRng),
    ) -> (AnswerBody, StdRng) {
        let key = format!("{seed}:{key}");
        if let Some(hit) = self.memo.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return hit;
        }
        let made = make();
        if let Ok(mut memo) = self.memo.lock() {
            if memo.len() >= MEMO_CAPACITY {
                memo.clear();
            }
            memo.insert(key, made.clone());
        }
        made
    }

    /// The product's own error answer, for rejections outside what an operation documents.
    fn refuse(&self, product: &str, path: &str, rejection: Rejection) -> poem::Error {
        match self.shapes.get(product) {
            Some(shape) => poem::Error::from_response(render(shape.as_ref(), rejection, path)),
            None => poem::Error::from_status(rejection.status()),
        }
    }

    async fn answer(&self, call: Call<'_>) -> poem::Result<Answer> {
        let product = call.contract.product;
        let Some(model) = self.models.get(product).cloned() else {
            return Err(self.refuse(
                product,
                call.request.original_uri().path(),
                Rejection::NotFound,
            ));
        };
        let doc = &model.doc;
        let Some(op) = operation(doc, call.operation.path, call.operation.method) else {
            return Err(self.refuse(
                product,
                call.request.original_uri().path(),
                Rejection::NotFound,
            ));
        };
        let slot = call.request.extensions().get::<NotesSlot>().cloned();
        if let Some(slot) = &slot {
            if let Ok(mut n) = slot.lock() {
                n.product = Some(product);
            }
        }
        let prefs = prefer::parse(call.request.headers()).map_err(|m| {
            self.refuse(
                product,
                call.request.original_uri().path(),
                Rejection::BadRequest {
                    message: m,
                    field: Some("Prefer".into()),
                },
            )
        })?;
        let documented = spec::statuses(doc, op);
        if let Some(code) = prefs.code {
            if !documented.contains(&code) {
                let list: Vec<String> = documented.iter().map(u16::to_string).collect();
                return Err(self.refuse(
                    product,
                    call.request.original_uri().path(),
                    Rejection::BadRequest {
                        message: format!(
                            "Prefer: code={code} is not documented for {}; choose one of {}",
                            call.operation.operation_id,
                            list.join(", ")
                        ),
                        field: Some("Prefer".into()),
                    },
                ));
            }
        }
        let natural = success_status(doc, op).unwrap_or(200);
        if let Some(name) = &prefs.example {
            let status = prefs.code.unwrap_or(natural);
            let names = spec::example_names(doc, op, status);
            if !names.contains(name) {
                return Err(self.refuse(
                    product,
                    call.request.original_uri().path(),
                    Rejection::BadRequest {
                        message: if names.is_empty() {
                            format!("Prefer: example={name}: the {status} answer of {} has no named examples", call.operation.operation_id)
                        } else {
                            format!("Prefer: example={name} is unknown; choose one of {}", names.join(", "))
                        },
                        field: Some("Prefer".into()),
                    },
                ));
            }
        }
        if let Some(ms) = prefs.delay_ms {
            tokio::time::sleep(Duration::from_millis(ms)).await;
        }
        if call.operation.secured {
            self.check_auth(
                product,
                call.request.original_uri().path(),
                call.credential.as_deref(),
            )?;
        }
        if let Some(strict) = &self.strict {
            if is_login(doc, op) && !login_matches(&call.body, strict) {
                // Wrong credentials are a refused form where the product documents one
                // (Syntho: 400), else a 401.
                let rejection = if documented.contains(&400) {
                    Rejection::BadRequest {
                        message: "Unable to log in with provided credentials.".into(),
                        field: None,
                    }
                } else {
                    Rejection::Unauthorized
                };
                return Err(self.refuse(product, call.request.original_uri().path(), rejection));
            }
        }
        if let Some(slot) = &slot {
            if let Ok(mut n) = slot.lock() {
                n.applied = prefs.applied();
            }
        }
        let (seed, population) = {
            let s = self
                .settings
                .read()
                .map_err(|_| poem::Error::from_status(StatusCode::INTERNAL_SERVER_ERROR))?;
            (s.seed, s.population)
        };
        let cx = Cx {
            engine: self,
            model: &model,
            op,
            call: &call,
            prefs: &prefs,
            seed,
            population,
        };

        // A forced status other than the natural one, or fresh data: the schema alone.
        let mut answer = if prefs.code.is_some_and(|c| c != natural)
            || prefs.dynamic
            || prefs.seed.is_some()
            || prefs.example.is_some()
        {
            cx.synthesized(prefs.code.unwrap_or(natural), None)
        } else {
            cx.stateful(natural)?
        };
        // A named example is served as the spec wrote it.
        if !model.links.is_empty() && prefs.example.is_none() {
            let uri = call.request.original_uri();
            let host = call
                .request
                .headers()
                .get(poem::http::header::HOST)
                .and_then(|h| h.to_str().ok());
            let caller = model.links.caller(host, uri.path(), uri.query());
            model.links.apply(doc, op, &caller, &mut answer);
        }
        Ok(answer)
    }

    /// Credentials the generated glue accepted as present; `--strict-auth` also wants them
    /// to be the bootstrap ones (or a session a mock login issued).
    fn check_auth(&self, product: &str, path: &str, credential: Option<&str>) -> poem::Result<()> {
        let Some(strict) = &self.strict else {
            return Ok(());
        };
        let credential = credential.unwrap_or("");
        let ok = credential == strict.token
            || self
                .sessions
                .lock()
                .map(|s| s.contains(credential))
                .unwrap_or(false);
        if ok {
            Ok(())
        } else {
            Err(self.refuse(product, path, Rejection::Unauthorized))
        }
    }
}

/// A login: an operation whose answer sets a cookie.
fn is_login(doc: &Value, op: &Value) -> bool {
    spec::statuses(doc, op).into_iter().any(|s| {
        spec::response(doc, op, s)
            .and_then(|r| r.get("headers"))
            .and_then(Value::as_object)
            .is_some_and(|h| h.keys().any(|k| k.eq_ignore_ascii_case("set-cookie")))
    })
}

/// Whether a login body names the bootstrap user and password, wherever the product
/// puts them (`email`, `login`, `username`; top level or under `credentials`).
fn login_matches(body: &CallBody, strict: &crate::mock::StrictAuth) -> bool {
    let CallBody::Json(Value::Object(m)) = body else {
        return false;
    };
    let scope = match m.get("credentials") {
        Some(Value::Object(inner)) => inner,
        _ => m,
    };
    let user = ["email", "login", "username"]
        .iter()
        .find_map(|k| scope.get(*k).and_then(Value::as_str));
    let password = scope.get("password").and_then(Value::as_str);
    user.is_some_and(|u| u.eq_ignore_ascii_case(&strict.email))
        && password == Some(strict.password.as_str())
}

/// One call in progress.
struct Cx<'a> {
    engine: &'a Engine,
    model: &'a Model,
    op: &'a Value,
    call: &'a Call<'a>,
    prefs: &'a Prefs,
    seed: u64,
    population: usize,
}

impl Cx<'_> {
    fn doc(&self) -> &Value {
        &self.model.doc
    }

    /// The request path with the template's parameters filled in from the call.
    fn concrete(&self, template: &str) -> String {
        let mut out = Vec::new();
        for seg in trim(template).split('/') {
            if let Some(name) = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                out.push(self.call.params.get(name).map(id_text).unwrap_or_default());
            } else {
                out.push(seg.to_string());
            }
        }
        out.join("/")
    }

    fn rng(&self, key: &str) -> StdRng {
        if self.prefs.dynamic {
            StdRng::from_os_rng()
        } else {
            rng_for(self.prefs.seed.unwrap_or(self.seed), key)
        }
    }

    fn body_object(&self) -> Map<String, Value> {
        match &self.call.body {
            CallBody::Json(Value::Object(m)) | CallBody::Form(Value::Object(m)) => m
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            _ => Map::new(),
        }
    }

    /// An answer for `status` built from its schema: a named example when asked for, the
    /// spec's example for errors, else generated data; `item` is placed where it fits.
    fn synthesized(&self, status: u16, item: Option<&Value>) -> Answer {
        self.synthesized_around(status, item, None)
    }

    /// [`Cx::synthesized`], with the array at `hollow` (a list answer's items, which the
    /// caller replaces) left empty so it is neither kept nor copied.
    fn synthesized_around(
        &self,
        status: u16,
        item: Option<&Value>,
        hollow: Option<&str>,
    ) -> Answer {
        let doc = self.doc();
        let key = format!(
            "{}:{}:{status}",
            self.call.operation.operation_id,
            self.concrete(self.call.operation.path)
        );
        let named = self
            .prefs
            .example
            .as_ref()
            .and_then(|n| spec::example(doc, self.op, status, n));
        let named_json = named.is_some();
        let (mut body, mut rng) = if self.prefs.dynamic || named.is_some() {
            self.generate(status, &key, named)
        } else {
            let seed = self.prefs.seed.unwrap_or(self.seed);
            let memo_key = format!("{key}{}", if hollow.is_some() { ":hollow" } else { "" });
            self.engine.memoised(seed, &memo_key, || {
                let (mut body, rng) = self.generate(status, &key, None);
                if let (Some(pointer), AnswerBody::Json(v)) = (hollow, &mut body) {
                    if pointer.is_empty() {
                        *v = Value::Array(Vec::new());
                    } else if let Some(slot) = v.pointer_mut(pointer) {
                        *slot = Value::Array(Vec::new());
                    }
                }
                (body, rng)
            })
        };
        if let AnswerBody::Json(v) = &mut body {
            if !named_json {
                if let Some(item) = item {
                    if let Some(schema) = spec::response_schema(doc, self.op, status) {
                        place(doc, schema, v, item);
                    }
                }
                if status >= 400 {
                    self.error_fields(v, status);
                }
            }
        }
        let headers = self.headers(status, &mut rng);
        Answer {
            status,
            body,
            headers,
        }
    }

    /// The body for `status` before anything stateful is placed in it, and the random
    /// stream where the body left it (headers continue it).
    fn generate(&self, status: u16, key: &str, named: Option<Value>) -> (AnswerBody, StdRng) {
        let doc = self.doc();
        let mut rng = self.rng(key);
        let body = match spec::response(doc, self.op, status).and_then(|r| spec::media(doc, r)) {
            None => AnswerBody::Empty,
            Some((media, m)) if media.contains("json") => {
                AnswerBody::Json(named.unwrap_or_else(|| {
                    let schema = m.get("schema").unwrap_or(&Value::Null);
                    Faker::new(doc, Side::Response).value(schema, "", &mut rng)
                }))
            }
            Some((media, _)) if media.starts_with("text/") => AnswerBody::Text(match named {
                Some(Value::String(s)) => s,
                _ => fake::Fake::fake_with_rng::<String, _>(
                    &fake::faker::lorem::en::Sentence(6..14),
                    &mut rng,
                ),
            }),
            // kywy reads query answers with `pyarrow.ipc.open_stream`: a valid, empty one.
            Some(("application/vnd.apache.arrow.stream", _)) => {
                AnswerBody::Bytes(warehouse::empty_answer())
            }
            Some(_) => AnswerBody::Bytes(format!("understudy mock file {key}\n").into_bytes()),
        };
        (body, rng)
    }

    /// Documented headers: totals, retry hints, cookies from logins; others generated.
    fn headers(&self, status: u16, rng: &mut StdRng) -> Vec<(String, Value)> {
        let doc = self.doc();
        let mut out = Vec::new();
        let Some(headers) = spec::response(doc, self.op, status)
            .and_then(|r| r.get("headers"))
            .and_then(Value::as_object)
        else {
            return out;
        };
        for (name, h) in headers {
            let h = resolve(doc, h);
            let schema = h.get("schema").cloned().unwrap_or(Value::Null);
            let lower = name.to_ascii_lowercase();
            let value = if lower == "set-cookie" {
                let cookie = self.issue_session();
                Value::String(cookie)
            } else if lower == "retry-after" {
                Value::from(rng.random_range(1..=60))
            } else {
                Faker::new(doc, Side::Response).value(&schema, name, rng)
            };
            out.push((name.clone(), value));
        }
        out
    }

    /// A login's session cookie: remembered for `--strict-auth`, named after the
    /// contract's cookie security scheme.
    fn issue_session(&self) -> String {
        let doc = self.doc();
        let cookie_name = doc
            .pointer("/components/securitySchemes")
            .and_then(Value::as_object)
            .and_then(|m| {
                m.values().find(|s| {
                    s.get("type").and_then(Value::as_str) == Some("apiKey")
                        && s.get("in").and_then(Value::as_str) == Some("cookie")
                })
            })
            .and_then(|s| s.get("name").and_then(Value::as_str))
            .unwrap_or("session")
            .to_string();
        let value = format!("{:032x}", rand09::random::<u128>());
        // Only `--strict-auth` checks sessions; otherwise remembering them would only grow.
        if self.engine.strict.is_some() {
            if let Ok(mut s) = self.engine.sessions.lock() {
                s.insert(value.clone());
            }
        }
        format!("{cookie_name}={value}; Path=/; HttpOnly; SameSite=Lax")
    }

    /// Error bodies carry a sentence that says what happened, and the product's codes.
    fn error_fields(&self, v: &mut Value, status: u16) {
        let sentence = match status {
            400 => "The request is invalid.".to_string(),
            401 => "Authentication credentials are missing or invalid.".to_string(),
            403 => "You do not have permission to perform this action.".to_string(),
            404 => "The requested resource was not found.".to_string(),
            409 => "A resource with these values already exists.".to_string(),
            429 => "Too many requests; retry later.".to_string(),
            s => StatusCode::from_u16(s)
                .ok()
                .and_then(|c| c.canonical_reason())
                .unwrap_or("Error")
                .to_string(),
        };
        let reason = StatusCode::from_u16(status)
            .ok()
            .and_then(|c| c.canonical_reason())
            .unwrap_or("Error");
        say(v, &sentence);
        let Value::Object(m) = v else { return };
        let described = m.get("description").is_some_and(Value::is_string);
        for (k, field) in m.iter_mut() {
            match (k.as_str(), &*field) {
                ("error", Value::String(_)) => *field = Value::String(reason.to_string()),
                ("message", Value::String(_)) if described => {
                    *field = Value::String(reason.to_string())
                }
                // Datawiza's codes are the status with a digit: "4040".
                ("errCode", Value::String(_)) => *field = Value::String(format!("{status}0")),
                ("path", Value::String(_)) => {
                    *field = Value::String(self.call.request.original_uri().path().to_string())
                }
                ("status", Value::Number(_)) => *field = Value::from(status),
                ("code", Value::Number(_)) => *field = Value::from(status),
                _ => {}
            }
        }
    }

    /// A documented error status, else the product's own rejection.
    fn error(&self, status: u16, fallback: Rejection) -> poem::Result<Answer> {
        if spec::statuses(self.doc(), self.op).contains(&status) {
            let mut answer = self.synthesized(status, None);
            if let AnswerBody::Json(v) = &mut answer.body {
                // A refused request says why, as the product's own 400 would.
                if let Rejection::BadRequest { message, .. } = &fallback {
                    say(v, message);
                }
                if let Some(schema) = spec::response_schema(self.doc(), self.op, status) {
                    drop_unknown_detail(self.doc(), schema, v);
                }
            }
            Ok(answer)
        } else {
            Err(self.engine.refuse(
                self.call.contract.product,
                self.call.request.original_uri().path(),
                fallback,
            ))
        }
    }

    fn stateful(&self, natural: u16) -> poem::Result<Answer> {
        let role = self.model.role(self.call.operation);
        let template = self.call.operation.path;
        let path = self.concrete(template);
        let mut worlds = self
            .engine
            .worlds
            .lock()
            .map_err(|_| poem::Error::from_status(StatusCode::INTERNAL_SERVER_ERROR))?;
        let world = worlds.entry(self.call.contract.product).or_default();

        // Every item the path addresses must exist: `/flows/9/run` is 404 for no flow 9.
        let own = match role {
            Role::Read(i) | Role::Update(i) | Role::Delete(i) => Some(&self.model.collections[i]),
            _ => None,
        };
        if !self.parents_exist(world, template, &path, own) {
            return self.error(NOT_FOUND, Rejection::NotFound);
        }

        match role {
            Role::List(i) => {
                let c = &self.model.collections[i];
                let items = world.items(self.model, c, &path, self.seed, self.population);
                Ok(self.list(c, items.all(), natural))
            }
            Role::Read(i) | Role::Update(i) | Role::Delete(i) => {
                let c = &self.model.collections[i];
                let (collection_path, id) = split_item(&path);
                let items =
                    world.items(self.model, c, &collection_path, self.seed, self.population);
                let Some(pos) = items.position(&id) else {
                    return self.error(NOT_FOUND, Rejection::NotFound);
                };
                match role {
                    Role::Read(_) => Ok(self.item_answer(c, natural, items.at(pos))),
                    Role::Update(_) => {
                        let body = self.body_object();
                        // What the operation declares reads the item as the body leaves it.
                        let declared = self
                            .model
                            .declared
                            .get(self.call.operation.operation_id)
                            .map(|effect| (effect, subject(items.at(pos), &body)));
                        let case = declared
                            .as_ref()
                            .and_then(|(e, subject)| e.case_for(subject));
                        if let Some(case) = case {
                            if let Some(says) = &case.says {
                                let refusal = Rejection::BadRequest {
                                    message: says.clone(),
                                    field: None,
                                };
                                return self.error(case.status.unwrap_or(400), refusal);
                            }
                            if let Some(refusal) = case.short_of(items.at(pos)) {
                                return self.error(400, refusal);
                            }
                            if case.becomes.is_some() || case.spawns.is_some() {
                                let item = Arc::clone(items.at(pos));
                                return self.make_from(
                                    world,
                                    (c, &collection_path),
                                    &item,
                                    &body,
                                    case,
                                    natural,
                                );
                            }
                        }
                        if let Some(conflict) = self.conflicts(c, items, &body, Some(pos)) {
                            return conflict;
                        }
                        let sets = declared
                            .as_ref()
                            .map(|(e, subject)| e.sets_for(subject))
                            .unwrap_or_default();
                        let mut changed = updated(c, items.at(pos), &body, &sets);
                        for collect in case.map_or(&[][..], |case| &case.collects) {
                            if let Err(refusal) = collect.put(&mut changed, &self.call.params) {
                                return self.error(400, refusal);
                            }
                        }
                        let changed = Arc::new(changed);
                        let status = case.and_then(|case| case.status).unwrap_or(natural);
                        let answer = self.checked(self.item_answer(c, status, &changed))?;
                        items.update(pos, |item| *item = changed);
                        Ok(answer)
                    }
                    _ => {
                        let answer = self.checked(self.item_answer(c, natural, items.at(pos)))?;
                        items.remove(pos);
                        Ok(answer)
                    }
                }
            }
            Role::Create(i) => {
                let c = &self.model.collections[i];
                let body = self.body_object();
                let declared = self.model.declared.get(self.call.operation.operation_id);
                if let Some(clash) = declared.and_then(|e| e.clashes.as_ref()) {
                    if let Some(refusal) = self.clash(world, clash, &body) {
                        return refusal;
                    }
                }
                let sets = declared.map(|e| e.sets_for(&body)).unwrap_or_default();
                self.create(world, c, &path, &body, &sets, |item| {
                    self.item_answer(c, natural, item)
                })
            }
            Role::Action if self.command().is_some() => self.run_command(world, natural),
            Role::Action => match self.model.effect(self.call.operation) {
                Some(Effect::Reads(i)) => {
                    let c = &self.model.collections[i];
                    let collection_path = self.concrete(&c.template);
                    let items =
                        world.items(self.model, c, &collection_path, self.seed, self.population);
                    let mut query = self.query_input();
                    let pos = match query.remove(&c.id_field).filter(|v| !v.is_null()) {
                        Some(id) => items.position(&id_text(&id)),
                        None => items.all().len().checked_sub(1),
                    };
                    // The other query parameters must hold too (`status=running`).
                    let filters = filters(&query);
                    match pos.map(|p| items.at(p)).filter(|it| matches(it, &filters)) {
                        Some(item) => Ok(self.synthesized(natural, Some(item))),
                        None => self.error(NOT_FOUND, Rejection::NotFound),
                    }
                }
                Some(Effect::Records(i)) => {
                    let c = &self.model.collections[i];
                    let collection_path = self.concrete(&c.template);
                    world.items(self.model, c, &collection_path, self.seed, self.population);
                    let number = world.take_id(&collection_path);
                    let key = format!(
                        "{}:{collection_path}:created:{number}",
                        self.call.contract.product
                    );
                    let item = new_item(
                        self.model,
                        c,
                        &collection_path,
                        &key,
                        number,
                        self.seed,
                        None,
                    );
                    let mut answer = self.action_answer(natural);
                    if let (AnswerBody::Json(Value::Object(m)), Some(id)) =
                        (&mut answer.body, item.get(&c.id_field))
                    {
                        if let Some(slot) = m.get_mut(&c.id_field) {
                            *slot = id.clone();
                        }
                    }
                    let answer = self.checked(answer)?;
                    world
                        .items(self.model, c, &collection_path, self.seed, self.population)
                        .push(Arc::new(item));
                    Ok(answer)
                }
                None => Ok(self.action_answer(natural)),
            },
        }
    }

    /// Whether every item a concrete path addresses exists, `own` (the item an item
    /// operation acts on, which answers its own 404) aside.
    fn parents_exist(
        &self,
        world: &mut World,
        template: &str,
        path: &str,
        own: Option<&Collection>,
    ) -> bool {
        self.model
            .addressed(template, path)
            .iter()
            .filter(|(c, _, _)| !own.is_some_and(|o| std::ptr::eq(o, *c)))
            .all(|(c, collection_path, id)| {
                world
                    .items(self.model, c, collection_path, self.seed, self.population)
                    .position(id)
                    .is_some()
            })
    }

    /// Adds a new item to the collection at `path`, from the client's `fields` (and
    /// `sets`, which always hold), unless a unique field is taken; `answer` says what
    /// the creation answers, and the item is added only once that answer fits.
    fn create(
        &self,
        world: &mut World,
        c: &Collection,
        path: &str,
        fields: &Map<String, Value>,
        sets: &Map<String, Value>,
        answer: impl FnOnce(&Arc<Value>) -> Answer,
    ) -> poem::Result<Answer> {
        let items = world.items(self.model, c, path, self.seed, self.population);
        if let Some(conflict) = self.conflicts(c, items, fields, None) {
            return conflict;
        }
        let item = self.new_in(world, c, path, fields, sets);
        let answer = self.checked(answer(&item))?;
        world
            .items(self.model, c, path, self.seed, self.population)
            .push(item);
        Ok(answer)
    }

    /// A new item for the (seeded) collection at `path`, not yet added: generated, then
    /// the client's `fields`, then `sets`.
    fn new_in(
        &self,
        world: &mut World,
        c: &Collection,
        path: &str,
        fields: &Map<String, Value>,
        sets: &Map<String, Value>,
    ) -> Arc<Value> {
        let number = world.take_id(path);
        let key = format!("{}:{path}:created:{number}", self.call.contract.product);
        let mut item = new_item(self.model, c, path, &key, number, self.seed, Some(fields));
        set_fields(&mut item, sets);
        Arc::new(item)
    }

    /// The collection a case's path template names, and its concrete path.
    fn case_target(&self, template: &str) -> poem::Result<(&Collection, String)> {
        let target = self.concrete(template);
        match self.model.collection_at(&target) {
            Some((index, false)) => Ok((&self.model.collections[index], target)),
            // The contract test pins every `becomes` and `spawns` to a collection; this is
            // its guard.
            _ => Err(self.engine.refuse(
                self.call.contract.product,
                self.call.request.original_uri().path(),
                Rejection::Internal,
            )),
        }
    }

    /// What a case that makes an item elsewhere does with the item it acts on (`from`,
    /// at its collection's path): `becomes` moves it into another collection (a finished
    /// direct upload becomes a file of its record) and answers the moved item; `spawns`
    /// makes a new item from it, which it stays beside — the new item is the answer (an
    /// upload that replaces a file's data) unless the case `marks` the item acted on or
    /// `notes` the new item in it, when the item acted on, so changed, is the answer (a
    /// finished chunked upload, `processing`, with its file under `_meta.task`). With
    /// `replaces`, an item the acted-on item's field names in the target collection (by
    /// its id) takes the kept fields instead of a new one being made. Nothing changes
    /// when the made item would conflict (the conflict is the answer).
    fn make_from(
        &self,
        world: &mut World,
        (from, from_path): (&Collection, &str),
        item: &Arc<Value>,
        body: &Map<String, Value>,
        case: &Case,
        natural: u16,
    ) -> poem::Result<Answer> {
        let moves = case.becomes.is_some();
        let template = case.becomes.as_deref().or(case.spawns.as_deref());
        let (c, target) = self.case_target(template.unwrap_or_default())?;
        let mut fields: Map<String, Value> = case
            .keeps
            .iter()
            .filter_map(|k| item.get(k).map(|v| (k.clone(), v.clone())))
            .collect();
        if !moves {
            // What the request gives wins over what is kept (a new mimetype for the data).
            fields.extend(body.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        let mut sets = case.sets.clone();
        sets.extend(case.derived(&subject(item, body)));
        if let Some(field) = &case.refers {
            sets.insert(field.clone(), (**item).clone());
        }
        let items = world.items(self.model, c, &target, self.seed, self.population);
        let replaced = case
            .replaces
            .as_ref()
            .and_then(|field| item.get(field)?.get(&c.id_field))
            .and_then(|id| items.position(&id_text(id)));
        if let Some(conflict) = self.conflicts(c, items, &fields, replaced) {
            return conflict;
        }
        let made = match replaced {
            Some(pos) => Arc::new(updated(c, items.at(pos), &fields, &sets)),
            None => self.new_in(world, c, &target, &fields, &sets),
        };
        let status = case.status.unwrap_or(natural);
        let stays = !case.marks.is_empty() || case.notes.is_some();
        let acted = stays.then(|| {
            let mut acted = (**item).clone();
            set_fields(&mut acted, &case.marks);
            if let Some(at) = &case.notes {
                set_fields(&mut acted, &Map::from_iter([(at.clone(), (*made).clone())]));
            }
            Arc::new(acted)
        });
        let answer = match &acted {
            Some(acted) => self.checked(self.item_answer(from, status, acted))?,
            None => self.checked(self.item_answer(c, status, &made))?,
        };
        let items = world.items(self.model, c, &target, self.seed, self.population);
        match replaced {
            Some(pos) => items.update(pos, |it| *it = made),
            None => items.push(made),
        }
        let items = world.items(self.model, from, from_path, self.seed, self.population);
        let pos = items.position(&id_text(item.get(&from.id_field).unwrap_or_default()));
        match (pos, acted) {
            (Some(pos), Some(acted)) => items.update(pos, |it| *it = acted),
            (Some(pos), None) if moves => items.remove(pos),
            _ => {}
        }
        Ok(answer)
    }

    /// 409 when an item of the collection a clash names already has the body's value in
    /// the compared field (a file of the record with the new upload's name); the error
    /// shows that item where its schema has room for it.
    fn clash(
        &self,
        world: &mut World,
        clash: &Clash,
        body: &Map<String, Value>,
    ) -> Option<poem::Result<Answer>> {
        let wanted = body.get(&clash.on)?.as_str()?;
        let path = self.concrete(&clash.with);
        let (index, false) = self.model.collection_at(&path)? else {
            return None;
        };
        let c = &self.model.collections[index];
        let items = world.items(self.model, c, &path, self.seed, self.population);
        let found: Value = (**items
            .all()
            .iter()
            .find(|it| it.get(&clash.on).and_then(Value::as_str) == Some(wanted))?)
        .clone();
        let noun = singular(c.template.rsplit('/').next().unwrap_or("resource"));
        let refusal = self.error(
            CONFLICT,
            Rejection::BadRequest {
                message: format!("A {noun} with this {} already exists.", clash.on),
                field: Some(clash.on.clone()),
            },
        );
        Some(refusal.and_then(|mut answer| {
            if let (Some(shows), AnswerBody::Json(Value::Object(m))) =
                (&clash.shows, &mut answer.body)
            {
                m.insert(shows.clone(), found);
            }
            self.checked(answer)
        }))
    }

    /// The effect of the command the body names, on a command bus.
    fn command(&self) -> Option<&CommandEffect> {
        let bus = self.model.buses.get(self.call.operation.operation_id)?;
        match &self.call.body {
            CallBody::Json(body) => bus.effect_of(body),
            _ => None,
        }
    }

    /// A command's change to the world (see [`crate::mock::commands`]) and its answer:
    /// the item it touched when it answers with the item's schema, else its answer
    /// schema's data around that item. A change spread over the items an array field
    /// names (`each`) is made only when every one of them exists and the rest of the
    /// command succeeded.
    fn run_command(&self, world: &mut World, natural: u16) -> poem::Result<Answer> {
        let spread = match (self.command(), &self.call.body) {
            (Some(effect), CallBody::Json(body)) => effect
                .each
                .as_ref()
                .map(|each| (each, effect.fields_in(body).cloned().unwrap_or_default())),
            _ => None,
        };
        let Some((each, fields)) = spread else {
            return self.change_by_command(world, natural);
        };
        let Some(paths) = each.paths(&fields) else {
            return self.unusable_field(&each.path, "must be a list of ids");
        };
        let mut targets = Vec::with_capacity(paths.len());
        for path in &paths {
            let Some((index, true)) = self.model.collection_at(path) else {
                return self.error(NOT_FOUND, Rejection::NotFound);
            };
            let c = &self.model.collections[index];
            let (collection_path, id) = split_item(path);
            let items = world.items(self.model, c, &collection_path, self.seed, self.population);
            if items.position(&id).is_none() {
                return self.error(NOT_FOUND, Rejection::NotFound);
            }
            targets.push((c, collection_path, id));
        }
        let answer = self.change_by_command(world, natural)?;
        if answer.status >= 400 {
            return Ok(answer);
        }
        // `requires` only checks; `copies` changes each item.
        for (c, collection_path, id) in targets.into_iter().filter(|_| !each.copies.is_empty()) {
            let items = world.items(self.model, c, &collection_path, self.seed, self.population);
            if let Some(pos) = items.position(&id) {
                let changes = each.changes(&fields, items.at(pos));
                let changed = updated(c, items.at(pos), &Map::new(), &changes);
                items.update(pos, |item| *item = Arc::new(changed));
            }
        }
        Ok(answer)
    }

    /// 400 naming the command's field that the path `template` reads, which is not what
    /// it `wants` to be.
    fn unusable_field(&self, template: &str, wants: &str) -> poem::Result<Answer> {
        let field = placeholder(template).map(str::to_string);
        let message = format!(
            "The command's {} {wants}.",
            field.as_deref().unwrap_or("id")
        );
        self.error(400, Rejection::BadRequest { message, field })
    }

    /// [`Cx::run_command`] for the item the command's path names.
    fn change_by_command(&self, world: &mut World, natural: u16) -> poem::Result<Answer> {
        let (Some(effect), CallBody::Json(body)) = (self.command(), &self.call.body) else {
            return Ok(self.action_answer(natural));
        };
        let status = effect.status.unwrap_or(natural);
        let fields = effect.fields_in(body).cloned().unwrap_or_default();
        let Some((change, template)) = &effect.change else {
            let sets = effect.sets_for(&fields);
            return Ok(self.command_answer(effect, status, None, &fields, &sets));
        };
        let Some(path) = CommandEffect::concrete(template, &fields) else {
            return self.unusable_field(template, "must be given and name one item");
        };
        let Some((index, names_item)) = self.model.collection_at(&path) else {
            let sets = effect.sets_for(&fields);
            return Ok(self.command_answer(effect, status, None, &fields, &sets));
        };
        let c = &self.model.collections[index];
        // The parents the path names must exist (`RunWorkflow` on a missing workflow).
        let own_template = if names_item {
            c.item_template.as_deref().unwrap_or(&c.template)
        } else {
            &c.template
        };
        if !self.parents_exist(world, own_template, &path, names_item.then_some(c)) {
            return self.error(NOT_FOUND, Rejection::NotFound);
        }
        if *change == Change::Creates && !names_item {
            let sets = effect.sets_for(&fields);
            return self.create(world, c, &path, &fields, &sets, |item| {
                self.command_answer(effect, status, Some((c, item.as_ref())), &fields, &sets)
            });
        }
        let (collection_path, id) = split_item(&path);
        let items = world.items(self.model, c, &collection_path, self.seed, self.population);
        let Some(pos) = items.position(&id).filter(|_| names_item) else {
            return self.error(NOT_FOUND, Rejection::NotFound);
        };
        // Cases read the item as the command would leave it (`active: false` on a user).
        let sets = effect.sets_for(&subject(items.at(pos), &fields));
        match change {
            Change::Updates => {
                // Fields an array edit reads are entries, not the item's field.
                let mut copied = fields.clone();
                for from in effect.edited_from() {
                    copied.remove(from);
                }
                if let Some(conflict) = self.conflicts(c, items, &copied, Some(pos)) {
                    return conflict;
                }
                let mut changed = updated(c, items.at(pos), &copied, &sets);
                effect.edit_lists(&mut changed, &fields);
                let answer = self.checked(self.command_answer(
                    effect,
                    status,
                    Some((c, &changed)),
                    &fields,
                    &sets,
                ))?;
                items.update(pos, |item| *item = Arc::new(changed));
                Ok(answer)
            }
            Change::Deletes => {
                let answer = self.checked(self.command_answer(
                    effect,
                    status,
                    Some((c, items.at(pos).as_ref())),
                    &fields,
                    &sets,
                ))?;
                items.remove(pos);
                Ok(answer)
            }
            Change::Requires | Change::Creates => Ok(self.command_answer(
                effect,
                status,
                Some((c, items.at(pos).as_ref())),
                &fields,
                &sets,
            )),
        }
    }

    /// What a command answers: the item itself when its answer schema is the item's,
    /// else that schema's data with the item placed in it and the command's own fields
    /// (a run's `workflowId`) kept; `sets` hold either way.
    fn command_answer(
        &self,
        effect: &CommandEffect,
        status: u16,
        item: Option<(&Collection, &Value)>,
        fields: &Map<String, Value>,
        sets: &Map<String, Value>,
    ) -> Answer {
        let doc = self.doc();
        let Some(schema) = effect.answers.as_deref().and_then(|p| doc.pointer(p)) else {
            return self.synthesized(status, item.map(|(_, it)| it));
        };
        let is_item = item
            .is_some_and(|(c, _)| std::ptr::eq(resolve(doc, schema), resolve(doc, &c.item_schema)));
        let key = format!(
            "{}:{}:{status}",
            self.call.operation.operation_id,
            serde_json::to_string(fields).unwrap_or_default()
        );
        let mut rng = self.rng(&key);
        let mut body = match item {
            Some((_, it)) if is_item => it.clone(),
            _ => {
                let mut v = Faker::new(doc, Side::Response).value(schema, "", &mut rng);
                if let Some((_, it)) = item {
                    place(doc, schema, &mut v, it);
                }
                if let Value::Object(answer) = &mut v {
                    for (k, given) in fields {
                        if let Some(slot) = answer.get_mut(k) {
                            if std::mem::discriminant(slot) == std::mem::discriminant(given) {
                                *slot = given.clone();
                            }
                        }
                    }
                }
                v
            }
        };
        set_fields(&mut body, sets);
        let headers = self.headers(status, &mut rng);
        Answer {
            status,
            body: AnswerBody::Json(body),
            headers,
        }
    }

    /// A write's answer, checked against its schema before the write is made: the
    /// generated glue refuses an answer that does not fit (a 500), and by then the
    /// world must not have changed.
    fn checked(&self, answer: Answer) -> poem::Result<Answer> {
        let fitting = match (
            &answer.body,
            spec::response_schema(self.doc(), self.op, answer.status),
        ) {
            (AnswerBody::Json(v), Some(schema)) => fits(self.doc(), schema, v),
            (AnswerBody::Shared(v), Some(schema)) => fits(self.doc(), schema, v),
            _ => true,
        };
        if fitting {
            return Ok(answer);
        }
        tracing::error!(
            operation = self.call.operation.operation_id,
            status = answer.status,
            "mock answer does not fit its schema; nothing was changed"
        );
        Err(self.engine.refuse(
            self.call.contract.product,
            self.call.request.original_uri().path(),
            Rejection::Internal,
        ))
    }

    /// The answer about one item. When the status answers with the item's own schema and
    /// no headers, the item is the answer: what [`Cx::synthesized`] would give, as every
    /// field of the generated body would be replaced by the item's, without generating it
    /// (or copying the item: the answer shares it with the world).
    fn item_answer(&self, c: &Collection, status: u16, item: &Arc<Value>) -> Answer {
        let doc = self.doc();
        let itself = status < 300
            && self.prefs.example.is_none()
            && spec::response(doc, self.op, status).is_some_and(|r| r.get("headers").is_none())
            && spec::response_schema(doc, self.op, status).is_some_and(|schema| {
                std::ptr::eq(resolve(doc, schema), resolve(doc, &c.item_schema))
                    && fits(doc, schema, item)
            });
        if itself {
            return Answer {
                status,
                body: AnswerBody::Shared(Arc::clone(item)),
                headers: Vec::new(),
            };
        }
        self.synthesized(status, Some(item))
    }

    /// An action's answer from its schema, pointed at what the path named (`flowId: 7`).
    fn action_answer(&self, natural: u16) -> Answer {
        // A sign-in answers as the user who signed in: KAWA's login returns the account,
        // whose `email` is the one sent.
        let signed_in = (matches!(self.call.body, CallBody::Json(_))
            && is_login(self.doc(), self.op))
        .then(|| {
            let body = self.body_object();
            // The user's fields are at the top level or under `credentials` (KAWA).
            let mut fields = match body.get("credentials") {
                Some(Value::Object(inner)) => inner.clone(),
                _ => body,
            };
            fields.remove("password");
            Value::Object(fields)
        });
        let mut answer = self.synthesized(natural, signed_in.as_ref());
        if let AnswerBody::Json(Value::Object(m)) = &mut answer.body {
            for (k, v) in m.iter_mut() {
                if let Some(p) = self.call.params.get(k) {
                    if std::mem::discriminant(v) == std::mem::discriminant(p) {
                        *v = p.clone();
                    }
                }
            }
        }
        answer
    }

    /// The call's query parameters (those the operation declares), by name.
    fn query_input(&self) -> Map<String, Value> {
        let query = self.model.query_names(self.call.operation);
        self.call
            .params
            .iter()
            .filter(|(k, _)| query.contains(k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// 409 (or 400) when a unique field would be taken twice.
    fn conflicts(
        &self,
        c: &Collection,
        items: &Items,
        body: &Map<String, Value>,
        skip: Option<usize>,
    ) -> Option<poem::Result<Answer>> {
        let pointer = c.unique_pointer.as_ref()?;
        let wanted = field_at(body, pointer)?.as_str()?;
        let field = pointer[1..].replace('/', ".");
        if !items.taken(wanted, skip) {
            return None;
        }
        if let Some(message) = &c.unique_invalid {
            // The product's own validation error, which names the field.
            return Some(Err(self.engine.refuse(
                self.call.contract.product,
                self.call.request.original_uri().path(),
                Rejection::BadRequest {
                    message: message.clone(),
                    field: Some(field),
                },
            )));
        }
        let message = format!("A resource with this {field} already exists.");
        Some(self.error(
            CONFLICT,
            Rejection::BadRequest {
                message,
                field: Some(field),
            },
        ))
    }

    /// A page of a collection, filtered by the query (and, for POST listings, the body).
    fn list(&self, c: &Collection, items: &[Arc<Value>], status: u16) -> Answer {
        // Filters come from the query (and a POST search's body), never from the path:
        // `/records/1/files` must not look for files whose id is 1.
        let mut input = self.query_input();
        input.extend(self.body_object());
        let filters = filters(&input);
        // Unfiltered, a page is a slice: its cost does not grow with the collection.
        let kept: Option<Vec<&Arc<Value>>> = (!filters.is_empty())
            .then(|| items.iter().filter(|it| matches(it, &filters)).collect());
        let total = kept.as_ref().map_or(items.len(), Vec::len);
        let (offset, size, page, zero_based) = paging(self.doc(), self.op, &input, total);
        let page_items: Vec<Arc<Value>> = match kept {
            Some(kept) => kept.into_iter().skip(offset).take(size).cloned().collect(),
            None => items.iter().skip(offset).take(size).cloned().collect(),
        };
        let mut answer = self.synthesized_around(status, None, Some(&c.array_pointer));
        for (name, value) in answer.headers.iter_mut() {
            if name.eq_ignore_ascii_case("x-total-count") {
                *value = Value::from(total);
            }
        }
        let AnswerBody::Json(mut around) = answer.body else {
            return answer;
        };
        // An empty collection still has its one (empty) page.
        let pages = PageRequest {
            page: 0,
            size: size as u64,
        }
        .total_pages(total as u64)
        .max(1) as usize;
        fill_totals(&mut around, total, pages, page, zero_based, size, offset, 0);
        // The page goes where the items go, shared with the world rather than copied.
        answer.body = if around.pointer(&c.array_pointer).is_some() {
            AnswerBody::Spliced {
                around,
                at: c.array_pointer.clone(),
                items: page_items,
            }
        } else {
            AnswerBody::Json(around)
        };
        answer
    }
}

/// An item with a client's changes: each field it has (but its id) merged from
/// `fields`, then `sets` put in as they are.
fn updated(
    c: &Collection,
    item: &Value,
    fields: &Map<String, Value>,
    sets: &Map<String, Value>,
) -> Value {
    let mut changed = item.clone();
    if let Value::Object(item_fields) = &mut changed {
        for (k, v) in fields {
            if *k == c.id_field {
                continue;
            }
            if let Some(existing) = item_fields.get_mut(k) {
                merge(existing, v);
            }
        }
    }
    set_fields(&mut changed, sets);
    changed
}

/// What an effect's cases read: the item's fields with the request's laid over them.
fn subject(item: &Value, fields: &Map<String, Value>) -> Map<String, Value> {
    let mut subject = item.as_object().cloned().unwrap_or_default();
    subject.extend(fields.clone());
    subject
}

/// Leaves out of an error the mock raised itself the optional parts that name specifics
/// it does not have (Kadi4Mat's `errors`, `scopes` and `file`): generated, they would
/// report a random field, scope or file.
fn drop_unknown_detail(doc: &Value, schema: &Value, v: &mut Value) {
    let schema = resolve(doc, schema);
    if let Value::Object(m) = v {
        m.retain(|k, field| {
            !(field.is_object() || field.is_array()) || schema.strings("required").any(|r| r == k)
        });
    }
}

/// Puts `text` in an error body's message fields, whatever the product calls them. Beside
/// a `description` (Kadi4Mat), `message` is the status's reason phrase, not the text.
fn say(v: &mut Value, text: &str) {
    let Value::Object(m) = v else { return };
    let described = m.get("description").is_some_and(Value::is_string);
    for (k, field) in m.iter_mut() {
        if (matches!(
            k.as_str(),
            "detail" | "errMsg" | "description" | "error_description"
        ) || (k == "message" && !described))
            && field.is_string()
        {
            *field = Value::String(text.to_string());
        }
    }
}

/// `/records/3` → (`/records`, `3`).
fn split_item(path: &str) -> (String, String) {
    match path.rsplit_once('/') {
        Some((c, id)) => (c.to_string(), id.to_string()),
        None => (String::new(), path.to_string()),
    }
}

const PAGING: &[&str] = &[
    "limit",
    "offset",
    "page",
    "per_page",
    "perPage",
    "pageSize",
    "page_size",
    "size",
    "pageNum",
    "sort",
    "order",
];

/// The filters a request's input sets: (parameter, lower-cased text), leaving out
/// paging, empty and structured values.
fn filters(input: &Map<String, Value>) -> Vec<(&str, String)> {
    input
        .iter()
        .filter(|(k, _)| !PAGING.contains(&k.as_str()))
        .filter_map(|(k, v)| {
            let needle = match v {
                Value::Null | Value::Array(_) | Value::Object(_) => return None,
                Value::String(s) if s.is_empty() => return None,
                Value::String(s) => s.to_lowercase(),
                other => other.to_string(),
            };
            Some((k.as_str(), needle))
        })
        .collect()
}

/// Whether an item passes the [`filters`]: `q`/`search` and `name` match text
/// case-insensitively; a parameter named like a scalar field must equal it.
fn matches(item: &Value, filters: &[(&str, String)]) -> bool {
    for (k, needle) in filters {
        let (k, needle) = (*k, needle.as_str());
        let text = |f: &str| item.get(f).map(|x| id_text(x).to_lowercase());
        match k {
            "q" | "search" | "query" | "filter" => {
                let hit = ["name", "title", "identifier", "description", "email"]
                    .iter()
                    .any(|f| text(f).is_some_and(|t| t.contains(needle)));
                if !hit {
                    return false;
                }
            }
            "name" | "title" | "identifier" => {
                // KAWA keeps an entity's name in `displayInformation.displayName`.
                let t = text(k).or_else(|| {
                    item.pointer("/displayInformation/displayName")
                        .or_else(|| item.get("displayName"))
                        .map(|x| id_text(x).to_lowercase())
                });
                if t.is_some_and(|t| !t.contains(needle)) {
                    return false;
                }
            }
            // `tag=finance` looks into `tags`.
            _ => match item.get(k).or_else(|| item.get(format!("{k}s").as_str())) {
                Some(Value::Array(tags))
                    if !tags.iter().any(|t| id_text(t).to_lowercase() == needle) =>
                {
                    return false;
                }
                Some(field @ (Value::String(_) | Value::Number(_) | Value::Bool(_)))
                    if id_text(field).to_lowercase() != needle =>
                {
                    return false;
                }
                _ => {}
            },
        }
    }
    true
}

/// (offset, page size, page number as sent, whether pages count from 0).
fn paging(
    doc: &Value,
    op: &Value,
    input: &Map<String, Value>,
    total: usize,
) -> (usize, usize, usize, bool) {
    let num = |k: &str| input.get(k).and_then(Value::as_u64).map(|n| n as usize);
    let param_min = |k: &str| {
        op.get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|p| resolve(doc, p))
            .find(|p| p.get("name").and_then(Value::as_str) == Some(k))
            .and_then(|p| p.get("schema"))
            .map(|s| resolve(doc, s))
            .and_then(|s| {
                s.get("minimum")
                    .and_then(Value::as_u64)
                    .or_else(|| s.get("default").and_then(Value::as_u64))
            })
    };
    if let Some(limit) = num("limit") {
        return (num("offset").unwrap_or(0), limit, 0, false);
    }
    let size = ["per_page", "perPage", "pageSize", "page_size", "size"]
        .iter()
        .find_map(|k| num(k));
    let page_key = ["page", "pageNum"]
        .iter()
        .find(|k| input.contains_key(**k))
        .copied();
    match (size, page_key) {
        (Some(size), Some(key)) => {
            let zero_based = param_min(key) == Some(0);
            let page = num(key).unwrap_or(if zero_based { 0 } else { 1 });
            let index = if zero_based {
                page
            } else {
                page.saturating_sub(1)
            };
            let request = PageRequest {
                page: index as u64,
                size: size as u64,
            };
            (request.offset() as usize, size, page, zero_based)
        }
        (Some(size), None) => (0, size, 1, false),
        (None, Some(key)) => {
            let zero_based = param_min(key) == Some(0);
            let page = num(key).unwrap_or(if zero_based { 0 } else { 1 });
            (0, total.max(1), page, zero_based)
        }
        (None, None) => (0, total, 1, false),
    }
}

/// Sets the envelope's counters wherever they are (two levels deep), keeping types.
#[allow(clippy::too_many_arguments)]
fn fill_totals(
    v: &mut Value,
    total: usize,
    pages: usize,
    page: usize,
    zero_based: bool,
    size: usize,
    offset: usize,
    depth: usize,
) {
    let Value::Object(m) = v else { return };
    for (k, field) in m.iter_mut() {
        if field.is_object() && depth < 2 {
            fill_totals(
                field,
                total,
                pages,
                page,
                zero_based,
                size,
                offset,
                depth + 1,
            );
            continue;
        }
        if !field.is_number() {
            continue;
        }
        let value = match k.as_str() {
            "total" | "totalElements" | "total_items" | "totalItems" | "count" | "totalCount"
            | "total_count" => total,
            "totalPages" | "total_pages" | "pages" => pages,
            "page" | "pageNum" | "current_page" | "number" => {
                if zero_based || k == "number" {
                    page
                } else {
                    page.max(1)
                }
            }
            "per_page" | "perPage" | "size" | "pageSize" | "page_size" | "limit" => size,
            "offset" => offset,
            _ => continue,
        };
        *field = Value::from(value);
    }
}

/// Whether a stored value may stand where `schema` is: same JSON type, an allowed enum
/// value, null only where nullable. (An upload answer's `state` is not a file's.)
fn fits(doc: &Value, schema: &Value, value: &Value) -> bool {
    let s = resolve(doc, schema);
    if let Some(all) = s.keyword("allOf").and_then(Value::as_array) {
        return value.is_null() && s.keyword("nullable").and_then(Value::as_bool) == Some(true)
            || all.iter().all(|part| fits(doc, part, value));
    }
    if value.is_null() {
        return s.keyword("nullable").and_then(Value::as_bool) == Some(true);
    }
    if let Some(values) = s.keyword("enum").and_then(Value::as_array) {
        if !values.contains(value) {
            return false;
        }
    }
    match s.keyword("type").and_then(Value::as_str) {
        Some("string") => value.is_string(),
        Some("integer") => value.is_i64() || value.is_u64(),
        Some("number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        Some("array") => value.is_array(),
        Some("object") | None if s.keyword("properties").is_some() => {
            let Value::Object(m) = value else {
                return false;
            };
            let required_present = s.strings("required").all(|k| m.contains_key(k));
            let props = s.keyword("properties").and_then(Value::as_object);
            required_present
                && m.iter().all(|(k, v)| {
                    props
                        .and_then(|p| p.get(k))
                        .is_none_or(|ps| fits(doc, ps, v))
                })
        }
        Some("object") => value.is_object(),
        _ => true,
    }
}

/// Puts `item` into an answer generated from `schema`: the answer is the item when it
/// has the item's id field, else the property whose value has that field.
fn place(doc: &Value, schema: &Value, generated: &mut Value, item: &Value) {
    let s = resolve(doc, schema);
    let Value::Object(item_fields) = item else {
        return;
    };
    let Some(props) = s.keyword("properties").and_then(Value::as_object) else {
        return;
    };
    let shares = |p: &Map<String, Value>| item_fields.keys().filter(|k| p.contains_key(*k)).count();
    let direct = shares(props);
    // The property holding an item-shaped object, if that fits better.
    let best = props
        .iter()
        .filter_map(|(k, ps)| {
            resolve(doc, ps)
                .keyword("properties")
                .and_then(Value::as_object)
                .map(|p| (k, shares(p), p))
        })
        .max_by_key(|(_, n, _)| *n);
    let (slot, props) = match best {
        Some((key, n, inner)) if n > direct => (generated.get_mut(key.as_str()), inner),
        _ => (Some(generated), props),
    };
    if let Some(Value::Object(slot)) = slot {
        for (k, v) in item_fields {
            if props.get(k).is_some_and(|ps| fits(doc, ps, v)) {
                slot.insert(k.clone(), v.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use generated::support::{Answer, AnswerBody};
    use serde_json::{json, Value};

    use super::fits;

    /// A page spliced into its envelope (shared with the world, not copied) reads exactly
    /// as the envelope with the page copied in, typed or not.
    #[test]
    fn a_spliced_page_reads_as_the_document_it_stands_for() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Page {
            total: i64,
            data: Option<Inner>,
        }
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Inner {
            #[serde(rename = "a/b")]
            items: Vec<Item>,
            next: Option<String>,
        }
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Item {
            id: i64,
        }
        let items = vec![Arc::new(json!({"id": 1})), Arc::new(json!({"id": 2}))];
        let spliced = |around: Value, at: &str| Answer {
            status: 200,
            headers: Vec::new(),
            body: AnswerBody::Spliced {
                around,
                at: at.to_string(),
                items: items.clone(),
            },
        };
        let bare = spliced(json!([]), "");
        assert_eq!(bare.json::<Value>().unwrap(), json!([{"id": 1}, {"id": 2}]));
        assert_eq!(
            bare.json::<Vec<Item>>().unwrap(),
            vec![Item { id: 1 }, Item { id: 2 }]
        );

        let nested = spliced(
            json!({"total": 2, "data": {"a/b": [], "next": null}}),
            "/data/a~1b",
        );
        let copied = nested.body.to_json().expect("the pointer names a place");
        assert_eq!(copied["data"]["a/b"], json!([{"id": 1}, {"id": 2}]));
        assert_eq!(nested.json::<Value>().unwrap(), copied);
        assert_eq!(
            nested.json::<Page>().unwrap(),
            Page {
                total: 2,
                data: Some(Inner {
                    items: vec![Item { id: 1 }, Item { id: 2 }],
                    next: None,
                }),
            }
        );
        assert!(
            nested.json::<Vec<Item>>().is_err(),
            "an envelope is not a bare list"
        );
    }

    /// `fits` is what keeps a write from being made when its answer would be refused.
    #[test]
    fn fits_refuses_what_the_typed_glue_would() {
        let doc = json!({"components": {"schemas": {"Flow": {
            "type": "object",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "integer"},
                "name": {"type": "string"},
                "state": {"type": "string", "enum": ["on", "off"]},
                "owner": {"allOf": [{"$ref": "#/components/schemas/User"}], "nullable": true}
            }
        }, "User": {"type": "object", "properties": {"email": {"type": "string"}}}}}});
        let flow = json!({"$ref": "#/components/schemas/Flow"});
        assert!(fits(
            &doc,
            &flow,
            &json!({"id": 1, "name": "a", "state": "on", "owner": null})
        ));
        assert!(fits(
            &doc,
            &flow,
            &json!({"id": 1, "name": "a", "owner": {"email": "x@y.z"}})
        ));
        assert!(
            !fits(&doc, &flow, &json!({"name": "a"})),
            "a required field is missing"
        );
        assert!(
            !fits(&doc, &flow, &json!({"id": "1", "name": "a"})),
            "a string is no integer"
        );
        assert!(
            !fits(
                &doc,
                &flow,
                &json!({"id": 1, "name": "a", "state": "maybe"})
            ),
            "not in the enum"
        );
        assert!(
            !fits(
                &doc,
                &flow,
                &json!({"id": 1, "name": "a", "owner": {"email": 3}})
            ),
            "nested"
        );
    }
}
