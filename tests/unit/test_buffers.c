/* test_buffers.c — ArrayBuffers (JS-owned, external, empty), deleters after
 * GC, detaching, DataViews and typed arrays with bounds checks. */
#include <stdlib.h>

#include "unit.h"

TEST(buffers_js_owned_zero_filled) {
  v8c_value ab = v8c_array_buffer_new(T.ctx, 16);
  CHECK(ab && v8c_is_array_buffer(ab));
  size_t len = 0;
  unsigned char *p = v8c_array_buffer_data(ab, &len);
  CHECK(p && len == 16);
  for (int i = 0; i < 16; i++) CHECK(p[i] == 0);
  p[3] = 9;
  set_global("ab", ab);
  CHECK_STR(js_str("new Uint8Array(ab)[3]"), "9");
  v8c_value empty = v8c_array_buffer_new(T.ctx, 0);
  CHECK(empty);
  CHECK(v8c_array_buffer_new(T.ctx, (size_t)1 << 40) == NULL);
  CHECK(strstr(take_exception(), "RangeError"));
}

static int deleted;
static void *deleted_data;
static void deleter(void *data, size_t len, void *deleter_data) {
  deleted++;
  deleted_data = data;
  *(int *)deleter_data = (int)len;
}

TEST(buffers_external_deleter_after_gc) {
  static char memory[32] = "external bytes";
  int got_len = 0;
  deleted = 0;
  {
    v8c_handle_scope hs;
    v8c_handle_scope_open(T.iso, &hs);
    v8c_value ab = v8c_array_buffer_new_external(T.ctx, memory, sizeof memory, deleter, &got_len);
    size_t len;
    CHECK(v8c_array_buffer_data(ab, &len) == memory && len == sizeof memory);
    set_global("ext", ab);
    CHECK_STR(js_str("String.fromCharCode(...new Uint8Array(ext, 0, 8))"), "external");
    CHECK(js("ext = undefined; 0"));
    v8c_handle_scope_close(&hs);
  }
  for (int i = 0; i < 3 && !deleted; i++) {
    v8c_gc(T.iso);
    v8c_platform_pump(T.iso);
  }
  CHECK(deleted == 1);
  CHECK(deleted_data == memory && got_len == (int)sizeof memory);
}

TEST(buffers_external_null_deleter_and_empty) {
  static char memory[4] = {1, 2, 3, 4};
  v8c_value ab = v8c_array_buffer_new_external(T.ctx, memory, 4, NULL, NULL);
  set_global("ab", ab);
  CHECK_STR(js_str("new Int8Array(ab).join()"), "1,2,3,4");
  v8c_value empty = v8c_array_buffer_new_external(T.ctx, NULL, 0, NULL, NULL);
  CHECK(empty && v8c_is_array_buffer(empty));
  set_global("e", empty);
  CHECK_STR(js_str("e.byteLength + ':' + new Uint8Array(e).length"), "0:0");
  int n = 0;
  static char one;
  v8c_value e2 = v8c_array_buffer_new_external(T.ctx, &one, 0, deleter, &n);
  CHECK(e2);
}

TEST(buffers_detach) {
  v8c_value ab = js("new ArrayBuffer(8)");
  CHECK(v8c_array_buffer_is_detachable(ab));
  CHECK(v8c_array_buffer_detach(T.ctx, ab));
  size_t len = 99;
  CHECK(v8c_array_buffer_data(ab, &len) == NULL && len == 0);
  v8c_value sab = js("new SharedArrayBuffer(8)");
  CHECK(!v8c_array_buffer_is_detachable(sab));
  CHECK(!v8c_array_buffer_detach(T.ctx, sab));
  CHECK(strstr(take_exception(), "TypeError"));
  CHECK(v8c_array_buffer_data(sab, &len) != NULL && len == 8);
}

TEST(buffers_data_view) {
  v8c_value ab = v8c_array_buffer_new(T.ctx, 16);
  v8c_value dv = v8c_data_view_new(T.ctx, ab, 4, 8);
  CHECK(dv && v8c_is_data_view(dv));
  v8c_value buf = NULL;
  size_t off = 0, blen = 0;
  char *p = v8c_view_data(dv, &buf, &off, &blen);
  CHECK(v8c_strict_equals(buf, ab) && off == 4 && blen == 8);
  CHECK(p == (char *)v8c_array_buffer_data(ab, NULL) + 4);
  CHECK(v8c_data_view_new(T.ctx, ab, 10, 8) == NULL);
  CHECK(strstr(take_exception(), "RangeError"));
  CHECK(v8c_data_view_new(T.ctx, v8c_object_new(T.ctx), 0, 0) == NULL);
  CHECK(strstr(take_exception(), "TypeError"));
}

TEST(buffers_typed_arrays) {
  v8c_value ab = v8c_array_buffer_new(T.ctx, 32);
  v8c_value ta = v8c_typed_array_new(T.ctx, V8C_FLOAT64, ab, 8, 3);
  CHECK(ta && v8c_typed_array_kind_of(ta) == V8C_FLOAT64);
  size_t off, len;
  double *d = v8c_view_data(ta, NULL, &off, &len);
  CHECK(off == 8 && len == 24);
  d[2] = 2.5;
  set_global("ta", ta);
  CHECK_STR(js_str("ta[2] + ta.length"), "5.5");
  CHECK(v8c_typed_array_new(T.ctx, V8C_INT32, ab, 2, 1) == NULL);
  CHECK(strstr(take_exception(), "RangeError"));
  CHECK(v8c_typed_array_new(T.ctx, V8C_INT32, ab, 0, 9) == NULL);
  CHECK(strstr(take_exception(), "RangeError"));
  v8c_value b = v8c_typed_array_new(T.ctx, V8C_BIGUINT64, js("new SharedArrayBuffer(16)"), 0, 2);
  CHECK(b && v8c_typed_array_kind_of(b) == V8C_BIGUINT64);
  CHECK(v8c_typed_array_kind_of(js("new Uint8ClampedArray(1)")) == V8C_UINT8_CLAMPED);
  CHECK(v8c_typed_array_kind_of(js("new Int16Array(1)")) == V8C_INT16);
}

TEST(buffers_on_heap_typed_array_data) {
  /* Small typed arrays start on V8's heap; view_data must still give the bytes. */
  v8c_value ta = js("var t = new Uint8Array([5, 6, 7]); t");
  size_t len = 0;
  unsigned char *p = v8c_view_data(ta, NULL, NULL, &len);
  CHECK(p && len == 3 && p[0] == 5 && p[2] == 7);
  p[1] = 60;
  CHECK_STR(js_str("t[1]"), "60");
}
