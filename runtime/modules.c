/*
 * modules.c — the ES module loader (modules.h).
 *
 * The module map is a small array searched linearly: scripts import tens of
 * modules, not thousands, and a lookup is a string compare. Entries live
 * until exit (V8 keeps modules alive anyway once linked), so their address
 * can be a native function's data.
 *
 * Phases, for reports and test262 negatives: compiling the main file is
 * `parse`; anything that fails while linking (a missing or broken import) is
 * `resolution`; evaluation is `runtime`.
 */
#include "modules.h"

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "errors.h"
#include "loop.h"
#include "natives.h"
#include "paths.h"
#include "zig_loader.h"

typedef struct module_entry {
  zr_realm *realm;
  char *path;            /* absolute path (or a pseudo path for -e), with "?query" for .zig */
  char *url;             /* file: URL, the resource name */
  v8c_persistent *module;
  int hash;
} module_entry;

static module_entry **entries;
static size_t entry_count, entry_cap;
static v8c_persistent *main_promise;

static module_entry *find_by_path(zr_realm *realm, const char *path) {
  for (size_t i = 0; i < entry_count; i++)
    if (entries[i]->realm == realm && strcmp(entries[i]->path, path) == 0) return entries[i];
  return NULL;
}

static module_entry *find_by_module(zr_realm *realm, v8c_module module) {
  v8c_isolate *iso = realm->rt->iso;
  int hash = v8c_module_identity_hash(module);
  for (size_t i = 0; i < entry_count; i++) {
    module_entry *e = entries[i];
    if (e->realm == realm && e->hash == hash &&
        v8c_strict_equals(v8c_persistent_get(iso, e->module), v8c_module_to_value(module)))
      return e;
  }
  return NULL;
}

static module_entry *add_entry(zr_realm *realm, const char *path, v8c_module module) {
  if (entry_count == entry_cap) {
    entry_cap = entry_cap ? entry_cap * 2 : 16;
    entries = zr_xrealloc(entries, entry_cap * sizeof *entries);
  }
  module_entry *e = zr_xcalloc(1, sizeof *e);
  e->realm = realm;
  e->path = strdup(path);
  e->url = zr_path_to_file_url(path);
  e->module = v8c_persistent_new(realm->rt->iso, v8c_module_to_value(module));
  e->hash = v8c_module_identity_hash(module);
  entries[entry_count++] = e;
  return e;
}

/* Throws Node's ERR_MODULE_NOT_FOUND-style error. */
static v8c_module throw_with_code(v8c_context ctx, const char *code, const char *message) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  v8c_value error = v8c_error_new(ctx, message);
  v8c_set_named(ctx, error, "code", v8c_string(iso, code, -1));
  v8c_throw(ctx, error);
  return NULL;
}

static v8c_value json_evaluate(v8c_context ctx, v8c_module module);

static v8c_module load_zig(zr_realm *realm, const char *file, const char *query, const char *key,
                           const char *referrer_path) {
  v8c_context ctx = zr_realm_context(realm);
  if (!zr_is_file(file)) {
    char message[PATH_MAX * 2 + 128];
    if (referrer_path) snprintf(message, sizeof message, "Cannot find module '%s' imported from %s", file, referrer_path);
    else snprintf(message, sizeof message, "Cannot find module '%s'", file);
    return throw_with_code(ctx, "ERR_MODULE_NOT_FOUND", message);
  }
  v8c_module module = zr_zig_module_load(ctx, file, query);
  if (module) add_entry(realm, key, module);
  return module;
}

/* Compiles the file at `path` (once per realm). The referrer, if any, only
 * words the error messages. */
static v8c_module load_file(zr_realm *realm, const char *path, const char *referrer_path) {
  module_entry *found = find_by_path(realm, path);
  v8c_isolate *iso = realm->rt->iso;
  v8c_context ctx = zr_realm_context(realm);
  if (found) return v8c_module_from_value(v8c_persistent_get(iso, found->module));

  char message[PATH_MAX * 2 + 128];
  const char *from = referrer_path ? referrer_path : "the command line";
  if (zr_is_directory(path)) {
    snprintf(message, sizeof message, "Directory import '%s' is not supported resolving ES modules imported from %s",
             path, from);
    return throw_with_code(ctx, "ERR_UNSUPPORTED_DIR_IMPORT", message);
  }
  /* "m.zig?optimize=ReleaseFast": the options are part of the module's
   * identity (another build), not of the file's name. */
  const char *query_mark = strchr(path, '?');
  if (query_mark) {
    char *file = strndup(path, (size_t)(query_mark - path));
    v8c_module module = NULL;
    if (strcmp(zr_path_extension(file), ".zig") != 0) {
      snprintf(message, sizeof message, "Options in the specifier are only for .zig modules: %s", path);
      throw_with_code(ctx, "ERR_INVALID_MODULE_SPECIFIER", message);
    } else {
      module = load_zig(realm, file, query_mark + 1, path, referrer_path);
    }
    free(file);
    return module;
  }
  const char *ext = zr_path_extension(path);
  if (strcmp(ext, ".zig") == 0) return load_zig(realm, path, NULL, path, referrer_path);
  bool is_json = strcmp(ext, ".json") == 0;
  if (!is_json && strcmp(ext, ".js") != 0 && strcmp(ext, ".mjs") != 0 && strcmp(ext, ".cjs") != 0 &&
      ext[0] != '\0') {
    snprintf(message, sizeof message, "Unknown file extension \"%s\" for %s", ext, path);
    v8c_value error = v8c_type_error_new(ctx, message);
    v8c_set_named(ctx, error, "code", v8c_string(iso, "ERR_UNKNOWN_FILE_EXTENSION", -1));
    v8c_throw(ctx, error);
    return NULL;
  }
  size_t len;
  char *text = zr_read_file(path, &len);
  if (!text) {
    if (referrer_path) snprintf(message, sizeof message, "Cannot find module '%s' imported from %s", path, referrer_path);
    else snprintf(message, sizeof message, "Cannot find module '%s'", path);
    return throw_with_code(ctx, "ERR_MODULE_NOT_FOUND", message);
  }
  char *url = zr_path_to_file_url(path);
  v8c_module module;
  if (is_json) {
    static const char *const names[] = { "default" };
    module = v8c_module_new_synthetic(ctx, url, 1, names, json_evaluate);
  } else {
    v8c_value source = v8c_string(iso, text, (ptrdiff_t)len);
    module = source ? v8c_module_compile(ctx, source, url) : NULL;
  }
  free(url);
  free(text);
  if (!module) return NULL;
  add_entry(realm, path, module);
  return module;
}

/* Synthetic modules for .json files: the parsed file is the default export. */
static v8c_value json_evaluate(v8c_context ctx, v8c_module module) {
  zr_realm *realm = zr_realm_of(ctx);
  module_entry *e = find_by_module(realm, module);
  CHECK(e != NULL);
  size_t len;
  char *text = zr_read_file(e->path, &len);
  if (!text) {
    v8c_throw_error(ctx, "Cannot read %s: %s", e->path, strerror(errno));
    return NULL;
  }
  v8c_value source = v8c_string(realm->rt->iso, text, (ptrdiff_t)len);
  free(text);
  v8c_value value = source ? v8c_json_parse(ctx, source) : NULL;
  if (!value || !v8c_module_set_export(ctx, module, "default", value)) return NULL;
  return v8c_undefined(realm->rt->iso);
}

/* Specifier → absolute path, or NULL with an exception pending. */
static char *resolve_specifier(v8c_context ctx, const char *specifier, const char *referrer_path) {
  char message[PATH_MAX * 2 + 128];
  if (strncmp(specifier, "file:", 5) == 0) {
    char *path = zr_file_url_to_path(specifier);
    if (!path) {
      snprintf(message, sizeof message, "Invalid file URL '%s'", specifier);
      throw_with_code(ctx, "ERR_INVALID_URL", message);
    }
    return path;
  }
  const char *query = strchr(specifier, '?');
  if (query && strncmp(specifier, "file:", 5) != 0) {
    /* Resolve the path part; carry "?query" over unchanged. */
    char *path_part = strndup(specifier, (size_t)(query - specifier));
    char *resolved = resolve_specifier(ctx, path_part, referrer_path);
    free(path_part);
    if (!resolved) return NULL;
    char *with_query = zr_xmalloc(strlen(resolved) + strlen(query) + 1);
    strcpy(with_query, resolved);
    strcat(with_query, query);
    free(resolved);
    return with_query;
  }
  if (specifier[0] == '/') return zr_path_join("/", specifier);
  if (strncmp(specifier, "./", 2) == 0 || strncmp(specifier, "../", 3) == 0 ||
      strcmp(specifier, ".") == 0 || strcmp(specifier, "..") == 0) {
    char cwd[PATH_MAX];
    char *dir = referrer_path ? zr_path_dirname(referrer_path) : strdup(getcwd(cwd, sizeof cwd) ? cwd : "/");
    char *path = zr_path_join(dir, specifier);
    free(dir);
    return path;
  }
  snprintf(message, sizeof message, "Cannot find package '%s' imported from %s", specifier,
           referrer_path ? referrer_path : "the command line");
  throw_with_code(ctx, "ERR_MODULE_NOT_FOUND", message);
  return NULL;
}

static v8c_module resolve_hook(v8c_context ctx, v8c_value specifier, v8c_module referrer) {
  zr_realm *realm = zr_realm_of(ctx);
  module_entry *from = find_by_module(realm, referrer);
  char *spec = v8c_to_utf8(ctx, specifier, NULL);
  if (!spec) return NULL;
  char *path = resolve_specifier(ctx, spec, from ? from->path : NULL);
  free(spec);
  if (!path) return NULL;
  v8c_module module = load_file(realm, path, from ? from->path : NULL);
  free(path);
  return module;
}

static v8c_value namespace_of_entry(v8c_callinfo *info) {
  module_entry *e = v8c_callinfo_data(info);
  v8c_value module = v8c_persistent_get(e->realm->rt->iso, e->module);
  return v8c_module_namespace(v8c_module_from_value(module));
}

static v8c_value rejected_with_pending(v8c_context ctx) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  v8c_value reason = v8c_exception_take(iso, NULL);
  v8c_value resolver = v8c_promise_resolver_new(ctx);
  CHECK(resolver != NULL);
  v8c_promise_resolver_reject(ctx, resolver, reason);
  return v8c_promise_resolver_promise(resolver);
}

static v8c_value dynamic_import_hook(v8c_context ctx, v8c_value specifier, v8c_value referrer_name) {
  zr_realm *realm = zr_realm_of(ctx);
  char *spec = v8c_to_utf8(ctx, specifier, NULL);
  if (!spec) return rejected_with_pending(ctx);
  char *referrer_url = v8c_is_string(referrer_name) ? v8c_to_utf8(ctx, referrer_name, NULL) : NULL;
  char *referrer_path = referrer_url ? zr_file_url_to_path(referrer_url) : NULL;
  free(referrer_url);
  char *path = resolve_specifier(ctx, spec, referrer_path);
  free(spec);
  v8c_module module = path ? load_file(realm, path, referrer_path) : NULL;
  free(referrer_path);
  free(path);
  if (!module || !v8c_module_instantiate(ctx, module)) return rejected_with_pending(ctx);
  v8c_value evaluated = v8c_module_evaluate(ctx, module);
  if (!evaluated) return rejected_with_pending(ctx);
  module_entry *e = find_by_module(realm, module);
  CHECK(e != NULL);
  v8c_value get_namespace = v8c_function_new(ctx, "namespace", 0, namespace_of_entry, e);
  if (!get_namespace) return rejected_with_pending(ctx);
  if (!v8c_is_promise(evaluated)) {
    v8c_value resolver = v8c_promise_resolver_new(ctx);
    v8c_promise_resolver_resolve(ctx, resolver, v8c_module_namespace(module));
    return v8c_promise_resolver_promise(resolver);
  }
  v8c_value result = v8c_promise_then(ctx, evaluated, get_namespace, NULL);
  return result ? result : rejected_with_pending(ctx);
}

static v8c_value meta_resolve(v8c_callinfo *info) {
  module_entry *e = v8c_callinfo_data(info);
  v8c_context ctx = v8c_callinfo_context(info);
  char *spec = zr_arg_utf8(info, 0, NULL);
  if (!spec) return NULL;
  char *path = resolve_specifier(ctx, spec, e->path);
  free(spec);
  if (!path) return NULL;
  char *url = zr_path_to_file_url(path);
  v8c_value result = v8c_string(e->realm->rt->iso, url, -1);
  free(url);
  free(path);
  return result;
}

static void import_meta_hook(v8c_context ctx, v8c_module module, v8c_value meta) {
  zr_realm *realm = zr_realm_of(ctx);
  v8c_isolate *iso = realm->rt->iso;
  module_entry *e = find_by_module(realm, module);
  if (!e) return;
  char *dir = zr_path_dirname(e->path);
  v8c_set_named(ctx, meta, "url", v8c_string(iso, e->url, -1));
  v8c_set_named(ctx, meta, "filename", v8c_string(iso, e->path, -1));
  v8c_set_named(ctx, meta, "dirname", v8c_string(iso, dir, -1));
  v8c_set_named(ctx, meta, "resolve", v8c_function_new(ctx, "resolve", 1, meta_resolve, e));
  free(dir);
}

void zr_modules_install_hooks(v8c_isolate *iso) {
  v8c_isolate_set_module_hooks(iso, resolve_hook, dynamic_import_hook, import_meta_hook);
}

static v8c_value on_main_rejected(v8c_callinfo *info) {
  zr_realm *realm = zr_realm_of(v8c_callinfo_context(info));
  zr_die_with(realm, v8c_callinfo_arg(info, 0), NULL, ZR_PHASE_RUNTIME, false);
}

static void run_module(zr_realm *realm, v8c_module module) {
  v8c_context ctx = zr_realm_context(realm);
  v8c_isolate *iso = realm->rt->iso;
  if (!v8c_module_instantiate(ctx, module)) zr_die_with_pending(realm, ZR_PHASE_RESOLUTION);
  v8c_value promise = v8c_module_evaluate(ctx, module);
  if (!promise) zr_die_with_pending(realm, ZR_PHASE_RUNTIME);
  if (v8c_is_promise(promise)) {
    main_promise = v8c_persistent_new(iso, promise);
    v8c_value on_rejected = v8c_function_new(ctx, "onMainRejected", 1, on_main_rejected, NULL);
    if (!on_rejected || !v8c_promise_then(ctx, promise, NULL, on_rejected))
      zr_die_with_pending(realm, ZR_PHASE_RUNTIME);
  }
  /* Node evaluates ES modules inside a promise job, so the module's own
   * microtasks drain before the first nextTick runs. */
  v8c_microtasks_run(iso);
  zr_loop_after_macrotask(realm);
}

void zr_modules_run_main(zr_realm *realm, const char *path) {
  char cwd[PATH_MAX];
  char *abs = zr_path_join(getcwd(cwd, sizeof cwd) ? cwd : "/", path);
  v8c_module module = load_file(realm, abs, NULL);
  free(abs);
  if (!module) zr_die_with_pending(realm, ZR_PHASE_PARSE);
  run_module(realm, module);
}

void zr_modules_run_source(zr_realm *realm, const char *source, const char *pseudo_path) {
  v8c_context ctx = zr_realm_context(realm);
  v8c_isolate *iso = realm->rt->iso;
  char *url = zr_path_to_file_url(pseudo_path);
  v8c_value text = v8c_string(iso, source, -1);
  v8c_module module = text ? v8c_module_compile(ctx, text, url) : NULL;
  free(url);
  if (!module) zr_die_with_pending(realm, ZR_PHASE_PARSE);
  add_entry(realm, pseudo_path, module);
  run_module(realm, module);
}

bool zr_modules_main_unsettled(zr_realm *realm) {
  if (!main_promise) return false;
  v8c_value promise = v8c_persistent_get(realm->rt->iso, main_promise);
  return v8c_promise_state_of(promise) == V8C_PROMISE_PENDING;
}
