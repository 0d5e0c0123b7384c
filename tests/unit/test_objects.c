/* test_objects.c — properties, attributes, keys, prototypes, private
 * pointers, proxies, previewEntries, arrays. */
#include <stdlib.h>

#include "unit.h"

TEST(objects_get_set) {
  v8c_value o = v8c_object_new(T.ctx);
  CHECK(v8c_set_named(T.ctx, o, "a", v8c_int32(T.iso, 1)));
  CHECK(v8c_set(T.ctx, o, str("b"), v8c_int32(T.iso, 2)));
  CHECK(v8c_set_index(T.ctx, o, 5, v8c_int32(T.iso, 3)));
  CHECK(v8c_number_value(v8c_get_named(T.ctx, o, "a")) == 1);
  CHECK(v8c_number_value(v8c_get(T.ctx, o, str("b"))) == 2);
  CHECK(v8c_number_value(v8c_get_index(T.ctx, o, 5)) == 3);
  bool has = false;
  CHECK(v8c_has(T.ctx, o, str("a"), &has) && has);
  CHECK(v8c_has(T.ctx, o, str("toString"), &has) && has);
  CHECK(v8c_has_own(T.ctx, o, str("toString"), &has) && !has);
  CHECK(v8c_delete(T.ctx, o, str("a")));
  CHECK(v8c_has_own(T.ctx, o, str("a"), &has) && !has);
}

TEST(objects_getter_throws) {
  v8c_value o = js("({ get x() { throw new RangeError('bad x') } })");
  CHECK(v8c_get_named(T.ctx, o, "x") == NULL);
  CHECK_STR(take_exception(), "RangeError: bad x");
  CHECK(v8c_get_named(T.ctx, v8c_number(T.iso, 1), "x") == NULL);
  CHECK(strstr(take_exception(), "TypeError"));
}

TEST(objects_define_attributes) {
  v8c_value o = v8c_object_new(T.ctx);
  CHECK(v8c_define(T.ctx, o, str("ro"), v8c_int32(T.iso, 1), V8C_PROP_READ_ONLY | V8C_PROP_DONT_ENUM));
  set_global("o", o);
  CHECK_STR(js_str("'use strict'; try { o.ro = 2; 'no' } catch (e) { e.constructor.name }"), "TypeError");
  CHECK_STR(js_str("JSON.stringify(Object.getOwnPropertyDescriptor(o, 'ro'))"),
            "{\"value\":1,\"writable\":false,\"enumerable\":false,\"configurable\":true}");
  CHECK(!v8c_define(T.ctx, js("Object.freeze({})"), str("x"), v8c_int32(T.iso, 1), 0));
  CHECK(strstr(take_exception(), "TypeError"));
}

static v8c_value getter_cb(v8c_callinfo *info) { return v8c_int32(v8c_callinfo_isolate(info), 99); }

TEST(objects_define_accessor) {
  v8c_value o = v8c_object_new(T.ctx);
  v8c_value g = v8c_function_new(T.ctx, "get", 0, getter_cb, NULL);
  CHECK(v8c_define_accessor(T.ctx, o, str("v"), g, NULL, V8C_PROP_DONT_ENUM));
  set_global("o", o);
  CHECK_STR(js_str("o.v + ':' + Object.keys(o).length"), "99:0");
}

TEST(objects_keys) {
  v8c_value o = js("var s = Symbol('s'); var o = { a: 1, 2: 2 }; o[s] = 3;"
                   "Object.defineProperty(o, 'hidden', { value: 4 }); o");
  v8c_value k = v8c_own_keys(T.ctx, o);
  CHECK(k && v8c_array_length(k) == 2);
  v8c_value all = v8c_own_all_keys(T.ctx, o);
  CHECK(all && v8c_array_length(all) == 4);
  set_global("all", all);
  CHECK_STR(js_str("all.map(String).join()"), "2,a,hidden,Symbol(s)");
  set_global("k", k);
  CHECK_STR(js_str("typeof k[0]"), "string");
}

TEST(objects_prototype_and_constructor_name) {
  v8c_value o = js("class Foo {}; new Foo()");
  char *c = v8c_to_utf8(T.ctx, v8c_constructor_name(T.ctx, o), NULL);
  CHECK_STR(c, "Foo");
  free(c);
  v8c_value n = v8c_object_new_null_proto(T.ctx);
  CHECK(v8c_is_null(v8c_get_prototype(T.ctx, n)));
  v8c_value proto = js("({ hello: 'world' })");
  CHECK(v8c_set_prototype(T.ctx, n, proto));
  CHECK(v8c_strict_equals(v8c_get_prototype(T.ctx, n), proto));
  set_global("n", n);
  CHECK_STR(js_str("n.hello"), "world");
  CHECK(!v8c_set_prototype(T.ctx, js("Object.preventExtensions({})"), proto));
  CHECK(strstr(take_exception(), "TypeError"));
}

TEST(objects_identity_hash_and_freeze) {
  v8c_value o = v8c_object_new(T.ctx);
  int h = v8c_identity_hash(o);
  set_global("o", o);
  v8c_value again = js("o");
  CHECK(v8c_identity_hash(again) == h);
  CHECK(v8c_freeze(T.ctx, o));
  CHECK_STR(js_str("Object.isFrozen(o)"), "true");
}

TEST(objects_private_pointer) {
  static int marker;
  v8c_value o = v8c_object_new(T.ctx);
  CHECK(v8c_get_private_pointer(T.ctx, o, "zig") == NULL);
  CHECK(v8c_set_private_pointer(T.ctx, o, "zig", &marker));
  CHECK(v8c_get_private_pointer(T.ctx, o, "zig") == &marker);
  CHECK(v8c_get_private_pointer(T.ctx, o, "other") == NULL);
  set_global("o", o);
  CHECK_STR(js_str("Reflect.ownKeys(o).length"), "0");
}

TEST(objects_proxy_internals) {
  v8c_value p = js("var t = {t:1}, h = {}; new Proxy(t, h)");
  CHECK(v8c_strict_equals(v8c_proxy_target(p), js("t")));
  CHECK(v8c_strict_equals(v8c_proxy_handler(p), js("h")));
}

TEST(objects_preview_entries) {
  bool kv = false;
  v8c_value e = v8c_preview_entries(T.ctx, js("new Map([[1, 'a'], [2, 'b']]).entries()"), &kv);
  CHECK(e && kv && v8c_array_length(e) == 4);
  e = v8c_preview_entries(T.ctx, js("new Set([1, 2, 3]).values()"), &kv);
  CHECK(e && !kv && v8c_array_length(e) == 3);
  CHECK(v8c_preview_entries(T.ctx, v8c_object_new(T.ctx), &kv) == NULL);
  CHECK(strstr(take_exception(), "TypeError"));
}

TEST(arrays) {
  v8c_value items[3] = {v8c_int32(T.iso, 1), str("two"), v8c_null(T.iso)};
  v8c_value a = v8c_array_from(T.ctx, 3, items);
  CHECK(v8c_array_length(a) == 3);
  set_global("a", a);
  CHECK_STR(js_str("JSON.stringify(a)"), "[1,\"two\",null]");
  v8c_value b = v8c_array_new(T.ctx, 10);
  CHECK(v8c_is_array(b) && v8c_array_length(b) == 10);
}
