// @ts-nocheck
// Generated from tracking-plan.schema.json by schema/scripts/generate-format-validator.js. Do not edit.
import __runtime_ucs2length_module from 'ajv/dist/runtime/ucs2length.js';
const __runtime_ucs2length = interop(__runtime_ucs2length_module);
import __runtime_equal_module from 'ajv/dist/runtime/equal.js';
const __runtime_equal = interop(__runtime_equal_module);
function interop(m) { return typeof m === "function" ? { default: m } : m; }
"use strict";
export const validatePlan = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://trackplan.dev/tracking-plan.schema.json","title":"trackplan tracking plan","description":"One tracking plan for every product and platform: event names, event properties, super properties and people properties. Checked by `trackplan validate`, the ESLint plugin and the GitHub Action.","type":"object","required":["version"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"An extension: kept and ignored by trackplan."}},"properties":{"$schema":{"type":"string","description":"The JSON Schema this file follows, for editors."},"version":{"type":"integer","minimum":1,"description":"The plan FORMAT version (not your plan's revision). This trackplan reads format 1."},"include":{"type":"array","items":{"type":"string","minLength":1},"description":"More plan files merged into this one (their `events`, `$defs`, `superProperties` and `people`), as paths or globs relative to this file."},"conventions":{"type":"object","additionalProperties":false,"description":"Naming rules for active events and properties. Deprecated and retired entries are exempt, so old spellings can be recorded.","properties":{"eventName":{"$ref":"#/$defs/caseStyle","description":"How every active eventName is written."},"propertyName":{"$ref":"#/$defs/caseStyle","description":"How every property name (event, super and people) is written. Mixpanel's reserved `$` names are exempt."},"acronyms":{"type":"array","items":{"type":"string","minLength":1},"description":"Words kept exactly as written by the case checks, such as iOS, ID or URL."}}},"products":{"type":"object","description":"The company's products (apps, services, platforms), keyed by a short name used in `products:` lists.","additionalProperties":{"$ref":"#/$defs/product"},"propertyNames":{"minLength":1}},"code":{"type":"object","additionalProperties":false,"description":"How the code calls analytics. Read by the ESLint plugin, the GitHub Action and `trackplan infer`.","properties":{"trackers":{"type":"array","items":{"$ref":"#/$defs/tracker"},"description":"The company's own wrappers around the analytics SDKs, which most application code calls instead of the SDK."},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs of source files whose tracking calls are not checked (stories, fixtures)."}}},"check":{"type":"object","additionalProperties":false,"description":"How `trackplan check` judges the code of every language. (ESLint takes its severities from its own config.)","properties":{"rules":{"type":"object","description":"A severity per rule, over the `recommended` config's: `off`, `warn` or `error`. `--rule NAME=LEVEL` overrides it for one run.","propertyNames":{"enum":["known-event","valid-properties","no-deprecated-event","event-in-product","people-ownership","stable-identity","server-people-modifiers","no-dynamic-event"]},"additionalProperties":{"enum":["off","warn","error"]}}}},"$defs":{"type":"object","description":"Shared property definitions, referenced from properties with `$ref: \"#/$defs/<name>\"`.","additionalProperties":{"$ref":"#/$defs/propertySchema"}},"events":{"type":"object","description":"Every event, keyed by a stable key that code and codegen refer to; `eventName` is the exact string sent.","additionalProperties":{"$ref":"#/$defs/event"}},"superProperties":{"type":"object","description":"Properties sent with every event (`register` / `register_once`).","additionalProperties":{"$ref":"#/$defs/propertySchema"}},"people":{"type":"object","description":"Mixpanel people (user profile) properties. Mixpanel's reserved profile names such as `$email` are allowed.","additionalProperties":{"$ref":"#/$defs/peopleProperty"}},"identity":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"description":"How users are identified.","properties":{"distinctId":{"$ref":"#/$defs/propertySchema","description":"The stable identifier passed to identify/alias and sent as distinct_id: a value that never changes, such as the user's UUID."}}}},"$defs":{"caseStyle":{"enum":["Sentence case","Title Case","snake_case","camelCase","kebab-case","any"],"description":"Sentence case (User signs up), Title Case (User Signs Up), snake_case, camelCase, kebab-case, or any."},"side":{"enum":["client","server"],"description":"client: browser and mobile apps; server: back-end services."},"status":{"enum":["active","deprecated","retired"],"description":"active (default); deprecated: still recognised and sent by old clients, reported with its replacement; retired: no longer sent, calls are errors, cleaned up in Mixpanel."},"productList":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"The products this applies to, from `products`. Omitted: every product."},"product":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"owners":{"type":"array","items":{"type":"string","minLength":1},"description":"GitHub users or teams (`@org/team`) asked to review changes that touch this product."},"paths":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs, relative to the plan file, of the source files that belong to this product."},"side":{"$ref":"#/$defs/side"},"description":{"type":"string","description":"What this product is."}},"description":"A product: an app, service or platform that sends events, with the team that owns it."},"argumentPosition":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}],"description":"must be an argument position counted from 0 as written (0, 1, 2) or an argument name (`event`): a Swift label, a Kotlin named argument, a Ruby or Python keyword, the key of an `object` wrapper's argument."},"tracker":{"type":"object","required":["callee"],"additionalProperties":false,"description":"A wrapper function the code calls instead of the SDK.","properties":{"callee":{"type":"string","pattern":"^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*$","description":"A function name or a dotted member path, such as `trackEvent` or `analytics.capture`."},"event":{"$ref":"#/$defs/argumentPosition","description":"The argument of the event name (default 0 for track wrappers)."},"properties":{"$ref":"#/$defs/argumentPosition","description":"The argument of the properties object (default 1 for track wrappers)."},"distinctId":{"$ref":"#/$defs/argumentPosition","description":"The argument of the user's distinct id, for server-side wrappers."},"object":{"type":"boolean","description":"The wrapper takes one object `{ event, properties }` instead of positional arguments."},"from":{"type":"string","minLength":1,"description":"The module or hook the callee's root binding must come from, to rule out same-named functions."},"kind":{"enum":["track","people","register","identify"],"description":"What the wrapper does (default track)."},"side":{"$ref":"#/$defs/side"}}},"event":{"type":"object","required":["eventName"],"additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"eventName":{"type":"string","minLength":1,"description":"The exact string sent to the analytics SDK."},"description":{"type":"string","description":"What happened, in words a product manager reads in Lexicon."},"products":{"$ref":"#/$defs/productList"},"status":{"$ref":"#/$defs/status"},"replacedBy":{"type":"string","minLength":1,"description":"The key of the event that replaces this one."},"since":{"type":["string","number"],"description":"When the status took effect (a date)."},"reason":{"type":"string","description":"Why the status changed."},"properties":{"type":"object","description":"The event's properties, each a JSON Schema.","additionalProperties":{"$ref":"#/$defs/propertySchema"}},"required":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Properties every call must send."},"additionalProperties":{"type":"boolean","description":"Allow properties the plan does not list (default false)."}},"description":"An event: the exact eventName sent, what it means, which products send it, its lifecycle and its properties."},"peopleProperty":{"allOf":[{"$ref":"#/$defs/propertySchema"}],"required":["owner"],"description":"A people property: a JSON Schema plus `owner` (server: synced from the application's model, never written by clients; client: written by the apps)."},"propertySchema":{"type":"object","description":"A property as JSON Schema 2020-12 (type, enum, const, format, pattern, minimum, maximum, minLength, maxLength, items, properties, required, description), with `$ref` into `$defs` and trackplan's own keywords.","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"$ref":{"type":"string","description":"A shared definition: `#/$defs/<name>`."},"type":{"anyOf":[{"$ref":"#/$defs/jsonType"},{"type":"array","items":{"$ref":"#/$defs/jsonType"},"minItems":1,"uniqueItems":true}],"description":"string, number, integer, boolean, object, array or null (or a list of them)."},"enum":{"type":"array","minItems":1,"description":"The only values allowed."},"const":{"description":"The only value allowed."},"format":{"type":"string","description":"A JSON Schema format: date-time, date, time, email, uri, uuid, ipv4, ..."},"pattern":{"type":"string","description":"A regular expression (ECMAScript, unicode) the string must match."},"minimum":{"type":"number"},"maximum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"multipleOf":{"type":"number","exclusiveMinimum":0},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":0},"minItems":{"type":"integer","minimum":0},"maxItems":{"type":"integer","minimum":0},"uniqueItems":{"type":"boolean"},"items":{"$ref":"#/$defs/propertySchema","description":"The schema of every item of an array."},"properties":{"type":"object","additionalProperties":{"$ref":"#/$defs/propertySchema"},"description":"The keys of an object value."},"required":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Keys an object value must have."},"additionalProperties":{"type":"boolean","description":"Allow keys of an object value that `properties` does not list."},"description":{"type":"string","description":"What the property means."},"title":{"type":"string"},"examples":{"type":"array"},"default":{},"owner":{"$ref":"#/$defs/side","description":"People properties: who writes it. `server`: a read-only copy of server state that client SDKs must not write."},"products":{"$ref":"#/$defs/productList"},"status":{"$ref":"#/$defs/status"},"since":{"type":["string","number"],"description":"When the status took effect (a date)."},"reason":{"type":"string","description":"Why the status changed."}}},"jsonType":{"enum":["string","number","integer","boolean","object","array","null"]},"includedFile":{"type":"object","description":"A file named by `include`: more events, $defs, super properties and people properties for the plan that includes it.","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"$schema":{"type":"string","description":"The JSON Schema this file follows, for editors."},"$defs":{"type":"object","description":"Shared property definitions, referenced from properties with `$ref: \"#/$defs/<name>\"`.","additionalProperties":{"$ref":"#/$defs/propertySchema"}},"events":{"type":"object","description":"Every event, keyed by a stable key that code and codegen refer to; `eventName` is the exact string sent.","additionalProperties":{"$ref":"#/$defs/event"}},"superProperties":{"type":"object","description":"Properties sent with every event (`register` / `register_once`).","additionalProperties":{"$ref":"#/$defs/propertySchema"}},"people":{"type":"object","description":"Mixpanel people (user profile) properties. Mixpanel's reserved profile names such as `$email` are allowed.","additionalProperties":{"$ref":"#/$defs/peopleProperty"}}}}}};
const schema32 = {"enum":["Sentence case","Title Case","snake_case","camelCase","kebab-case","any"],"description":"Sentence case (User signs up), Title Case (User Signs Up), snake_case, camelCase, kebab-case, or any."};
const func1 = Object.prototype.hasOwnProperty;
const func2 = __runtime_ucs2length.default;
const pattern4 = new RegExp("^x-", "u");
const schema34 = {"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"owners":{"type":"array","items":{"type":"string","minLength":1},"description":"GitHub users or teams (`@org/team`) asked to review changes that touch this product."},"paths":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs, relative to the plan file, of the source files that belong to this product."},"side":{"$ref":"#/$defs/side"},"description":{"type":"string","description":"What this product is."}},"description":"A product: an app, service or platform that sends events, with the team that owns it."};
const schema35 = {"enum":["client","server"],"description":"client: browser and mobile apps; server: back-end services."};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "owners") || (key0 === "paths")) || (key0 === "side")) || (key0 === "description")) || (pattern4.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.owners !== undefined){
let data0 = data.owners;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err1 = {instancePath:instancePath+"/owners/" + i0,schemaPath:"#/properties/owners/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.owners.items,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/owners/" + i0,schemaPath:"#/properties/owners/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.owners.items.type,parentSchema:schema34.properties.owners.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.owners.type,parentSchema:schema34.properties.owners,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.paths !== undefined){
let data2 = data.paths;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err4 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.paths.items,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.paths.items.type,parentSchema:schema34.properties.paths.items,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.paths.type,parentSchema:schema34.properties.paths,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.side !== undefined){
let data4 = data.side;
if(!((data4 === "client") || (data4 === "server"))){
const err7 = {instancePath:instancePath+"/side",schemaPath:"#/$defs/side/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data5 = data.description;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.description.type,parentSchema:schema34.properties.description,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema36 = {"type":"object","required":["callee"],"additionalProperties":false,"description":"A wrapper function the code calls instead of the SDK.","properties":{"callee":{"type":"string","pattern":"^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*$","description":"A function name or a dotted member path, such as `trackEvent` or `analytics.capture`."},"event":{"$ref":"#/$defs/argumentPosition","description":"The argument of the event name (default 0 for track wrappers)."},"properties":{"$ref":"#/$defs/argumentPosition","description":"The argument of the properties object (default 1 for track wrappers)."},"distinctId":{"$ref":"#/$defs/argumentPosition","description":"The argument of the user's distinct id, for server-side wrappers."},"object":{"type":"boolean","description":"The wrapper takes one object `{ event, properties }` instead of positional arguments."},"from":{"type":"string","minLength":1,"description":"The module or hook the callee's root binding must come from, to rule out same-named functions."},"kind":{"enum":["track","people","register","identify"],"description":"What the wrapper does (default track)."},"side":{"$ref":"#/$defs/side"}}};
const schema37 = {"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}],"description":"must be an argument position counted from 0 as written (0, 1, 2) or an argument name (`event`): a Swift label, a Kotlin named argument, a Ruby or Python keyword, the key of an `object` wrapper's argument."};
const pattern6 = new RegExp("^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*$", "u");
const pattern7 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.callee === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "callee"},message:"must have required property '"+"callee"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "callee") || (key0 === "event")) || (key0 === "properties")) || (key0 === "distinctId")) || (key0 === "object")) || (key0 === "from")) || (key0 === "kind")) || (key0 === "side"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.callee !== undefined){
let data0 = data.callee;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err2 = {instancePath:instancePath+"/callee",schemaPath:"#/properties/callee/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*$"},message:"must match pattern \""+"^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*$"+"\"",schema:"^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*$",parentSchema:schema36.properties.callee,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/callee",schemaPath:"#/properties/callee/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.callee.type,parentSchema:schema36.properties.callee,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.event !== undefined){
let data1 = data.event;
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err4 = {instancePath:instancePath+"/event",schemaPath:"#/$defs/argumentPosition/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.anyOf[0].type,parentSchema:schema37.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/event",schemaPath:"#/$defs/argumentPosition/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(typeof data1 === "string"){
if(!pattern7.test(data1)){
const err6 = {instancePath:instancePath+"/event",schemaPath:"#/$defs/argumentPosition/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema37.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/event",schemaPath:"#/$defs/argumentPosition/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.anyOf[1].type,parentSchema:schema37.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err8 = {instancePath:instancePath+"/event",schemaPath:"#/$defs/argumentPosition/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema37.anyOf,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.properties !== undefined){
let data2 = data.properties;
const _errs13 = errors;
let valid4 = false;
const _errs14 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err9 = {instancePath:instancePath+"/properties",schemaPath:"#/$defs/argumentPosition/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.anyOf[0].type,parentSchema:schema37.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/properties",schemaPath:"#/$defs/argumentPosition/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs14 === errors;
valid4 = valid4 || _valid1;
const _errs16 = errors;
if(typeof data2 === "string"){
if(!pattern7.test(data2)){
const err11 = {instancePath:instancePath+"/properties",schemaPath:"#/$defs/argumentPosition/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema37.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/properties",schemaPath:"#/$defs/argumentPosition/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.anyOf[1].type,parentSchema:schema37.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err13 = {instancePath:instancePath+"/properties",schemaPath:"#/$defs/argumentPosition/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema37.anyOf,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.distinctId !== undefined){
let data3 = data.distinctId;
const _errs20 = errors;
let valid6 = false;
const _errs21 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err14 = {instancePath:instancePath+"/distinctId",schemaPath:"#/$defs/argumentPosition/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.anyOf[0].type,parentSchema:schema37.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/distinctId",schemaPath:"#/$defs/argumentPosition/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid2 = _errs21 === errors;
valid6 = valid6 || _valid2;
const _errs23 = errors;
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
const err16 = {instancePath:instancePath+"/distinctId",schemaPath:"#/$defs/argumentPosition/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema37.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/distinctId",schemaPath:"#/$defs/argumentPosition/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.anyOf[1].type,parentSchema:schema37.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid2 = _errs23 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err18 = {instancePath:instancePath+"/distinctId",schemaPath:"#/$defs/argumentPosition/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema37.anyOf,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
if(data.object !== undefined){
let data4 = data.object;
if(typeof data4 !== "boolean"){
const err19 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.object.type,parentSchema:schema36.properties.object,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.from !== undefined){
let data5 = data.from;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err20 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.from,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.from.type,parentSchema:schema36.properties.from,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.kind !== undefined){
let data6 = data.kind;
if(!((((data6 === "track") || (data6 === "people")) || (data6 === "register")) || (data6 === "identify"))){
const err22 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema36.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.kind.enum,parentSchema:schema36.properties.kind,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.side !== undefined){
let data7 = data.side;
if(!((data7 === "client") || (data7 === "server"))){
const err23 = {instancePath:instancePath+"/side",schemaPath:"#/$defs/side/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema41 = {"type":"object","description":"A property as JSON Schema 2020-12 (type, enum, const, format, pattern, minimum, maximum, minLength, maxLength, items, properties, required, description), with `$ref` into `$defs` and trackplan's own keywords.","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"$ref":{"type":"string","description":"A shared definition: `#/$defs/<name>`."},"type":{"anyOf":[{"$ref":"#/$defs/jsonType"},{"type":"array","items":{"$ref":"#/$defs/jsonType"},"minItems":1,"uniqueItems":true}],"description":"string, number, integer, boolean, object, array or null (or a list of them)."},"enum":{"type":"array","minItems":1,"description":"The only values allowed."},"const":{"description":"The only value allowed."},"format":{"type":"string","description":"A JSON Schema format: date-time, date, time, email, uri, uuid, ipv4, ..."},"pattern":{"type":"string","description":"A regular expression (ECMAScript, unicode) the string must match."},"minimum":{"type":"number"},"maximum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"multipleOf":{"type":"number","exclusiveMinimum":0},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":0},"minItems":{"type":"integer","minimum":0},"maxItems":{"type":"integer","minimum":0},"uniqueItems":{"type":"boolean"},"items":{"$ref":"#/$defs/propertySchema","description":"The schema of every item of an array."},"properties":{"type":"object","additionalProperties":{"$ref":"#/$defs/propertySchema"},"description":"The keys of an object value."},"required":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Keys an object value must have."},"additionalProperties":{"type":"boolean","description":"Allow keys of an object value that `properties` does not list."},"description":{"type":"string","description":"What the property means."},"title":{"type":"string"},"examples":{"type":"array"},"default":{},"owner":{"$ref":"#/$defs/side","description":"People properties: who writes it. `server`: a read-only copy of server state that client SDKs must not write."},"products":{"$ref":"#/$defs/productList"},"status":{"$ref":"#/$defs/status"},"since":{"type":["string","number"],"description":"When the status took effect (a date)."},"reason":{"type":"string","description":"Why the status changed."}}};
const schema42 = {"enum":["string","number","integer","boolean","object","array","null"]};
const schema45 = {"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"The products this applies to, from `products`. Omitted: every product."};
const schema46 = {"enum":["active","deprecated","retired"],"description":"active (default); deprecated: still recognised and sent by old clients, reported with its replacement; retired: no longer sent, calls are errors, cleaned up in Mixpanel."};
const func0 = __runtime_equal.default;
const wrapper0 = {validate: validate25};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((func1.call(schema41.properties, key0)) || (pattern4.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$ref !== undefined){
let data0 = data.$ref;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.$ref.type,parentSchema:schema41.properties.$ref,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(!(((((((data1 === "string") || (data1 === "number")) || (data1 === "integer")) || (data1 === "boolean")) || (data1 === "object")) || (data1 === "array")) || (data1 === "null"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/jsonType/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values",schema:schema42.enum,parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(Array.isArray(data1)){
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41.properties.type.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(((((((data2 === "string") || (data2 === "number")) || (data2 === "integer")) || (data2 === "boolean")) || (data2 === "object")) || (data2 === "array")) || (data2 === "null"))){
const err4 = {instancePath:instancePath+"/type/" + i0,schemaPath:"#/$defs/jsonType/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values",schema:schema42.enum,parentSchema:schema42,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema41.properties.type.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.type.anyOf[1].type,parentSchema:schema41.properties.type.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema41.properties.type.anyOf,parentSchema:schema41.properties.type,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.enum !== undefined){
let data3 = data.enum;
if(Array.isArray(data3)){
if(data3.length < 1){
const err8 = {instancePath:instancePath+"/enum",schemaPath:"#/properties/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41.properties.enum,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/enum",schemaPath:"#/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.enum.type,parentSchema:schema41.properties.enum,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.format !== undefined){
let data4 = data.format;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.format.type,parentSchema:schema41.properties.format,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.pattern !== undefined){
let data5 = data.pattern;
if(typeof data5 !== "string"){
const err11 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.pattern.type,parentSchema:schema41.properties.pattern,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.minimum !== undefined){
let data6 = data.minimum;
if(!(typeof data6 == "number")){
const err12 = {instancePath:instancePath+"/minimum",schemaPath:"#/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.minimum.type,parentSchema:schema41.properties.minimum,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.maximum !== undefined){
let data7 = data.maximum;
if(!(typeof data7 == "number")){
const err13 = {instancePath:instancePath+"/maximum",schemaPath:"#/properties/maximum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.maximum.type,parentSchema:schema41.properties.maximum,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.exclusiveMinimum !== undefined){
let data8 = data.exclusiveMinimum;
if(!(typeof data8 == "number")){
const err14 = {instancePath:instancePath+"/exclusiveMinimum",schemaPath:"#/properties/exclusiveMinimum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.exclusiveMinimum.type,parentSchema:schema41.properties.exclusiveMinimum,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.exclusiveMaximum !== undefined){
let data9 = data.exclusiveMaximum;
if(!(typeof data9 == "number")){
const err15 = {instancePath:instancePath+"/exclusiveMaximum",schemaPath:"#/properties/exclusiveMaximum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.exclusiveMaximum.type,parentSchema:schema41.properties.exclusiveMaximum,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.multipleOf !== undefined){
let data10 = data.multipleOf;
if(typeof data10 == "number"){
if(data10 <= 0 || isNaN(data10)){
const err16 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/properties/multipleOf/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema41.properties.multipleOf,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/properties/multipleOf/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.multipleOf.type,parentSchema:schema41.properties.multipleOf,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.minLength !== undefined){
let data11 = data.minLength;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err18 = {instancePath:instancePath+"/minLength",schemaPath:"#/properties/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.minLength.type,parentSchema:schema41.properties.minLength,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 < 0 || isNaN(data11)){
const err19 = {instancePath:instancePath+"/minLength",schemaPath:"#/properties/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.minLength,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.maxLength !== undefined){
let data12 = data.maxLength;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err20 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.maxLength.type,parentSchema:schema41.properties.maxLength,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
const err21 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.maxLength,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.minItems !== undefined){
let data13 = data.minItems;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err22 = {instancePath:instancePath+"/minItems",schemaPath:"#/properties/minItems/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.minItems.type,parentSchema:schema41.properties.minItems,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
const err23 = {instancePath:instancePath+"/minItems",schemaPath:"#/properties/minItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.minItems,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.maxItems !== undefined){
let data14 = data.maxItems;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err24 = {instancePath:instancePath+"/maxItems",schemaPath:"#/properties/maxItems/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.maxItems.type,parentSchema:schema41.properties.maxItems,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 < 0 || isNaN(data14)){
const err25 = {instancePath:instancePath+"/maxItems",schemaPath:"#/properties/maxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.maxItems,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.uniqueItems !== undefined){
let data15 = data.uniqueItems;
if(typeof data15 !== "boolean"){
const err26 = {instancePath:instancePath+"/uniqueItems",schemaPath:"#/properties/uniqueItems/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.uniqueItems.type,parentSchema:schema41.properties.uniqueItems,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.items !== undefined){
if(!(wrapper0.validate(data.items, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
if(data.properties !== undefined){
let data17 = data.properties;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key1 in data17){
if(!(wrapper0.validate(data17[key1], {instancePath:instancePath+"/properties/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data17,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/properties",schemaPath:"#/properties/properties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.properties.type,parentSchema:schema41.properties.properties,data:data17};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.required !== undefined){
let data19 = data.required;
if(Array.isArray(data19)){
const len1 = data19.length;
for(let i2=0; i2<len1; i2++){
let data20 = data19[i2];
if(typeof data20 !== "string"){
const err28 = {instancePath:instancePath+"/required/" + i2,schemaPath:"#/properties/required/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.required.items.type,parentSchema:schema41.properties.required.items,data:data20};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
let i3 = data19.length;
let j1;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data19[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err29 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema41.properties.required,data:data19};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err30 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.required.type,parentSchema:schema41.properties.required,data:data19};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.additionalProperties !== undefined){
let data21 = data.additionalProperties;
if(typeof data21 !== "boolean"){
const err31 = {instancePath:instancePath+"/additionalProperties",schemaPath:"#/properties/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.additionalProperties.type,parentSchema:schema41.properties.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.description !== undefined){
let data22 = data.description;
if(typeof data22 !== "string"){
const err32 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.description.type,parentSchema:schema41.properties.description,data:data22};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.title !== undefined){
let data23 = data.title;
if(typeof data23 !== "string"){
const err33 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.title.type,parentSchema:schema41.properties.title,data:data23};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.examples !== undefined){
let data24 = data.examples;
if(!(Array.isArray(data24))){
const err34 = {instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.examples.type,parentSchema:schema41.properties.examples,data:data24};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.owner !== undefined){
let data25 = data.owner;
if(!((data25 === "client") || (data25 === "server"))){
const err35 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/side/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data25};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.products !== undefined){
let data26 = data.products;
if(Array.isArray(data26)){
const len2 = data26.length;
for(let i4=0; i4<len2; i4++){
let data27 = data26[i4];
if(typeof data27 === "string"){
if(func2(data27) < 1){
const err36 = {instancePath:instancePath+"/products/" + i4,schemaPath:"#/$defs/productList/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.items,data:data27};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/products/" + i4,schemaPath:"#/$defs/productList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.items.type,parentSchema:schema45.items,data:data27};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
let i5 = data26.length;
let j2;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data26[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err38 = {instancePath:instancePath+"/products",schemaPath:"#/$defs/productList/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema45,data:data26};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err39 = {instancePath:instancePath+"/products",schemaPath:"#/$defs/productList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.type,parentSchema:schema45,data:data26};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.status !== undefined){
let data28 = data.status;
if(!(((data28 === "active") || (data28 === "deprecated")) || (data28 === "retired"))){
const err40 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values",schema:schema46.enum,parentSchema:schema46,data:data28};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.since !== undefined){
let data29 = data.since;
if((typeof data29 !== "string") && (!(typeof data29 == "number"))){
const err41 = {instancePath:instancePath+"/since",schemaPath:"#/properties/since/type",keyword:"type",params:{type: schema41.properties.since.type},message:"must be string,number",schema:schema41.properties.since.type,parentSchema:schema41.properties.since,data:data29};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.reason !== undefined){
let data30 = data.reason;
if(typeof data30 !== "string"){
const err42 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.reason.type,parentSchema:schema41.properties.reason,data:data30};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"type":"object","required":["eventName"],"additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"eventName":{"type":"string","minLength":1,"description":"The exact string sent to the analytics SDK."},"description":{"type":"string","description":"What happened, in words a product manager reads in Lexicon."},"products":{"$ref":"#/$defs/productList"},"status":{"$ref":"#/$defs/status"},"replacedBy":{"type":"string","minLength":1,"description":"The key of the event that replaces this one."},"since":{"type":["string","number"],"description":"When the status took effect (a date)."},"reason":{"type":"string","description":"Why the status changed."},"properties":{"type":"object","description":"The event's properties, each a JSON Schema.","additionalProperties":{"$ref":"#/$defs/propertySchema"}},"required":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Properties every call must send."},"additionalProperties":{"type":"boolean","description":"Allow properties the plan does not list (default false)."}},"description":"An event: the exact eventName sent, what it means, which products send it, its lifecycle and its properties."};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.eventName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "eventName"},message:"must have required property '"+"eventName"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((func1.call(schema47.properties, key0)) || (pattern4.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.eventName !== undefined){
let data0 = data.eventName;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/eventName",schemaPath:"#/properties/eventName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.eventName,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/eventName",schemaPath:"#/properties/eventName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.eventName.type,parentSchema:schema47.properties.eventName,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.description.type,parentSchema:schema47.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.products !== undefined){
let data2 = data.products;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/$defs/productList/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.items,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/$defs/productList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.items.type,parentSchema:schema45.items,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err7 = {instancePath:instancePath+"/products",schemaPath:"#/$defs/productList/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema45,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err8 = {instancePath:instancePath+"/products",schemaPath:"#/$defs/productList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.type,parentSchema:schema45,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(!(((data4 === "active") || (data4 === "deprecated")) || (data4 === "retired"))){
const err9 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values",schema:schema46.enum,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.replacedBy !== undefined){
let data5 = data.replacedBy;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err10 = {instancePath:instancePath+"/replacedBy",schemaPath:"#/properties/replacedBy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.replacedBy,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/replacedBy",schemaPath:"#/properties/replacedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.replacedBy.type,parentSchema:schema47.properties.replacedBy,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.since !== undefined){
let data6 = data.since;
if((typeof data6 !== "string") && (!(typeof data6 == "number"))){
const err12 = {instancePath:instancePath+"/since",schemaPath:"#/properties/since/type",keyword:"type",params:{type: schema47.properties.since.type},message:"must be string,number",schema:schema47.properties.since.type,parentSchema:schema47.properties.since,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.reason !== undefined){
let data7 = data.reason;
if(typeof data7 !== "string"){
const err13 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.reason.type,parentSchema:schema47.properties.reason,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.properties !== undefined){
let data8 = data.properties;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(!(validate25(data8[key1], {instancePath:instancePath+"/properties/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/properties",schemaPath:"#/properties/properties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.properties.type,parentSchema:schema47.properties.properties,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.required !== undefined){
let data10 = data.required;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i2=0; i2<len1; i2++){
let data11 = data10[i2];
if(typeof data11 !== "string"){
const err15 = {instancePath:instancePath+"/required/" + i2,schemaPath:"#/properties/required/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.required.items.type,parentSchema:schema47.properties.required.items,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let i3 = data10.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data10[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err16 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema47.properties.required,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err17 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.required.type,parentSchema:schema47.properties.required,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.additionalProperties !== undefined){
let data12 = data.additionalProperties;
if(typeof data12 !== "boolean"){
const err18 = {instancePath:instancePath+"/additionalProperties",schemaPath:"#/properties/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema47.properties.additionalProperties.type,parentSchema:schema47.properties.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"allOf":[{"$ref":"#/$defs/propertySchema"}],"required":["owner"],"description":"A people property: a JSON Schema plus `owner` (server: synced from the application's model, never written by clients; client: written by the apps)."};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.owner === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://trackplan.dev/tracking-plan.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((func1.call(schema31.properties, key0)) || (pattern4.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.version.type,parentSchema:schema31.properties.version,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 < 1 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.version,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.include !== undefined){
let data2 = data.include;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.include.items,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.include.items.type,parentSchema:schema31.properties.include.items,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.include.type,parentSchema:schema31.properties.include,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.conventions !== undefined){
let data4 = data.conventions;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(((key1 === "eventName") || (key1 === "propertyName")) || (key1 === "acronyms"))){
const err8 = {instancePath:instancePath+"/conventions",schemaPath:"#/properties/conventions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.conventions,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.eventName !== undefined){
let data5 = data4.eventName;
if(!((((((data5 === "Sentence case") || (data5 === "Title Case")) || (data5 === "snake_case")) || (data5 === "camelCase")) || (data5 === "kebab-case")) || (data5 === "any"))){
const err9 = {instancePath:instancePath+"/conventions/eventName",schemaPath:"#/$defs/caseStyle/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.propertyName !== undefined){
let data6 = data4.propertyName;
if(!((((((data6 === "Sentence case") || (data6 === "Title Case")) || (data6 === "snake_case")) || (data6 === "camelCase")) || (data6 === "kebab-case")) || (data6 === "any"))){
const err10 = {instancePath:instancePath+"/conventions/propertyName",schemaPath:"#/$defs/caseStyle/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.acronyms !== undefined){
let data7 = data4.acronyms;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err11 = {instancePath:instancePath+"/conventions/acronyms/" + i1,schemaPath:"#/properties/conventions/properties/acronyms/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.conventions.properties.acronyms.items,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/conventions/acronyms/" + i1,schemaPath:"#/properties/conventions/properties/acronyms/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.conventions.properties.acronyms.items.type,parentSchema:schema31.properties.conventions.properties.acronyms.items,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/conventions/acronyms",schemaPath:"#/properties/conventions/properties/acronyms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.conventions.properties.acronyms.type,parentSchema:schema31.properties.conventions.properties.acronyms,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/conventions",schemaPath:"#/properties/conventions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.conventions.type,parentSchema:schema31.properties.conventions,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.products !== undefined){
let data9 = data.products;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
const _errs23 = errors;
if(typeof key2 === "string"){
if(func2(key2) < 1){
const err15 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.products.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid8 = _errs23 === errors;
if(!valid8){
const err16 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema31.properties.products.propertyNames,parentSchema:schema31.properties.products,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key3 in data9){
if(!(validate21(data9[key3], {instancePath:instancePath+"/products/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data9,parentDataProperty:key3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.products.type,parentSchema:schema31.properties.products,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.code !== undefined){
let data11 = data.code;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key4 in data11){
if(!((key4 === "trackers") || (key4 === "ignore"))){
const err18 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.code,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data11.trackers !== undefined){
let data12 = data11.trackers;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
if(!(validate23(data12[i2], {instancePath:instancePath+"/code/trackers/" + i2,parentData:data12,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/code/trackers",schemaPath:"#/properties/code/properties/trackers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.code.properties.trackers.type,parentSchema:schema31.properties.code.properties.trackers,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data11.ignore !== undefined){
let data14 = data11.ignore;
if(Array.isArray(data14)){
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
let data15 = data14[i3];
if(typeof data15 === "string"){
if(func2(data15) < 1){
const err20 = {instancePath:instancePath+"/code/ignore/" + i3,schemaPath:"#/properties/code/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.code.properties.ignore.items,data:data15};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/code/ignore/" + i3,schemaPath:"#/properties/code/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.code.properties.ignore.items.type,parentSchema:schema31.properties.code.properties.ignore.items,data:data15};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/code/ignore",schemaPath:"#/properties/code/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.code.properties.ignore.type,parentSchema:schema31.properties.code.properties.ignore,data:data14};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.code.type,parentSchema:schema31.properties.code,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.check !== undefined){
let data16 = data.check;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key5 in data16){
if(!(key5 === "rules")){
const err24 = {instancePath:instancePath+"/check",schemaPath:"#/properties/check/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.check,data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data16.rules !== undefined){
let data17 = data16.rules;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key6 in data17){
const _errs41 = errors;
if(!((((((((key6 === "known-event") || (key6 === "valid-properties")) || (key6 === "no-deprecated-event")) || (key6 === "event-in-product")) || (key6 === "people-ownership")) || (key6 === "stable-identity")) || (key6 === "server-people-modifiers")) || (key6 === "no-dynamic-event"))){
const err25 = {instancePath:instancePath+"/check/rules",schemaPath:"#/properties/check/properties/rules/propertyNames/enum",keyword:"enum",params:{allowedValues: schema31.properties.check.properties.rules.propertyNames.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.check.properties.rules.propertyNames.enum,parentSchema:schema31.properties.check.properties.rules.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid16 = _errs41 === errors;
if(!valid16){
const err26 = {instancePath:instancePath+"/check/rules",schemaPath:"#/properties/check/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema31.properties.check.properties.rules.propertyNames,parentSchema:schema31.properties.check.properties.rules,data:data17};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
for(const key7 in data17){
let data18 = data17[key7];
if(!(((data18 === "off") || (data18 === "warn")) || (data18 === "error"))){
const err27 = {instancePath:instancePath+"/check/rules/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/check/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema31.properties.check.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.check.properties.rules.additionalProperties.enum,parentSchema:schema31.properties.check.properties.rules.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/check/rules",schemaPath:"#/properties/check/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.check.properties.rules.type,parentSchema:schema31.properties.check.properties.rules,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/check",schemaPath:"#/properties/check/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.check.type,parentSchema:schema31.properties.check,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.$defs !== undefined){
let data19 = data.$defs;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key8 in data19){
if(!(validate25(data19[key8], {instancePath:instancePath+"/$defs/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data19,parentDataProperty:key8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err30 = {instancePath:instancePath+"/$defs",schemaPath:"#/properties/%24defs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.$defs.type,parentSchema:schema31.properties.$defs,data:data19};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.events !== undefined){
let data21 = data.events;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key9 in data21){
if(!(validate27(data21[key9], {instancePath:instancePath+"/events/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data21,parentDataProperty:key9,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err31 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.events.type,parentSchema:schema31.properties.events,data:data21};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.superProperties !== undefined){
let data23 = data.superProperties;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key10 in data23){
if(!(validate25(data23[key10], {instancePath:instancePath+"/superProperties/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data23,parentDataProperty:key10,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err32 = {instancePath:instancePath+"/superProperties",schemaPath:"#/properties/superProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.superProperties.type,parentSchema:schema31.properties.superProperties,data:data23};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.people !== undefined){
let data25 = data.people;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key11 in data25){
if(!(validate31(data25[key11], {instancePath:instancePath+"/people/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data25,parentDataProperty:key11,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.people.type,parentSchema:schema31.properties.people,data:data25};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.identity !== undefined){
let data27 = data.identity;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key12 in data27){
if(!((key12 === "distinctId") || (pattern4.test(key12)))){
const err34 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.identity,data:data27};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data27.distinctId !== undefined){
if(!(validate25(data27.distinctId, {instancePath:instancePath+"/identity/distinctId",parentData:data27,parentDataProperty:"distinctId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.identity.type,parentSchema:schema31.properties.identity,data:data27};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateInclude = validate35;
const schema51 = {"type":"object","description":"A file named by `include`: more events, $defs, super properties and people properties for the plan that includes it.","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"$schema":{"type":"string","description":"The JSON Schema this file follows, for editors."},"$defs":{"type":"object","description":"Shared property definitions, referenced from properties with `$ref: \"#/$defs/<name>\"`.","additionalProperties":{"$ref":"#/$defs/propertySchema"}},"events":{"type":"object","description":"Every event, keyed by a stable key that code and codegen refer to; `eventName` is the exact string sent.","additionalProperties":{"$ref":"#/$defs/event"}},"superProperties":{"type":"object","description":"Properties sent with every event (`register` / `register_once`).","additionalProperties":{"$ref":"#/$defs/propertySchema"}},"people":{"type":"object","description":"Mixpanel people (user profile) properties. Mixpanel's reserved profile names such as `$email` are allowed.","additionalProperties":{"$ref":"#/$defs/peopleProperty"}}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "$schema") || (key0 === "$defs")) || (key0 === "events")) || (key0 === "superProperties")) || (key0 === "people")) || (pattern4.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.$schema.type,parentSchema:schema51.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$defs !== undefined){
let data1 = data.$defs;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(validate25(data1[key1], {instancePath:instancePath+"/$defs/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/$defs",schemaPath:"#/properties/%24defs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.$defs.type,parentSchema:schema51.properties.$defs,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.events !== undefined){
let data3 = data.events;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
if(!(validate27(data3[key2], {instancePath:instancePath+"/events/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.events.type,parentSchema:schema51.properties.events,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.superProperties !== undefined){
let data5 = data.superProperties;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
if(!(validate25(data5[key3], {instancePath:instancePath+"/superProperties/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/superProperties",schemaPath:"#/properties/superProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.superProperties.type,parentSchema:schema51.properties.superProperties,data:data5};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.people !== undefined){
let data7 = data.people;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key4 in data7){
if(!(validate31(data7[key4], {instancePath:instancePath+"/people/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.people.type,parentSchema:schema51.properties.people,data:data7};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

