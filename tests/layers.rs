//! The crate's top-level modules import one way: `src/` is parsed (syn), every `crate::` path
//! outside test code is an edge, and the graph must have no cycle and follow the layers that
//! docs/ARCHITECTURE.md lists (a module imports only from its own layer or the ones below).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// Top-level module → modules it imports → one file and path that shows it.
type Graph = BTreeMap<String, BTreeMap<String, String>>;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The top-level modules `src/lib.rs` declares.
fn top_level_modules() -> BTreeSet<String> {
    lib_items()
        .iter()
        .filter_map(|item| match item {
            syn::Item::Mod(m) => Some(m.ident.to_string()),
            _ => None,
        })
        .collect()
}

fn lib_items() -> Vec<syn::Item> {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    syn::parse_file(&lib).unwrap().items
}

/// The names `src/lib.rs` re-exports from a top-level module (`pub use rules::findings;`): a
/// path `crate::findings::…` imports that module.
fn re_exports(tops: &BTreeSet<String>) -> BTreeMap<String, String> {
    fn walk(tree: &syn::UseTree, top: Option<&str>, out: &mut BTreeMap<String, String>) {
        match tree {
            syn::UseTree::Path(p) => {
                let ident = p.ident.to_string();
                walk(&p.tree, Some(top.unwrap_or(&ident)), out);
            }
            syn::UseTree::Name(n) => {
                if let Some(top) = top {
                    out.insert(n.ident.to_string(), top.to_string());
                }
            }
            syn::UseTree::Rename(r) => {
                if let Some(top) = top {
                    out.insert(r.rename.to_string(), top.to_string());
                }
            }
            syn::UseTree::Glob(_) => {}
            syn::UseTree::Group(g) => {
                for tree in &g.items {
                    walk(tree, top, out);
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for item in lib_items() {
        if let syn::Item::Use(u) = item {
            walk(&u.tree, None, &mut out);
        }
    }
    out.retain(|name, top| tops.contains(top) && !tops.contains(name));
    out
}

/// Whether attributes hold `#[cfg(test)]` (test code may reach anywhere).
fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.parse_args::<syn::Meta>()
                .is_ok_and(|m| m.path().is_ident("test"))
    })
}

/// Collects the module paths a file names: `crate::a::…`, and `super::…` resolved against the
/// file's own module path.
struct Names<'a> {
    module: &'a [String],
    found: Vec<Vec<String>>,
}

impl Names<'_> {
    /// The absolute path (from the crate root) of a path that starts with `crate` or `super`.
    fn absolute(&self, segments: &[String]) -> Option<Vec<String>> {
        match segments.first().map(String::as_str) {
            Some("crate") => Some(segments[1..].to_vec()),
            Some("super") => {
                let ups = segments.iter().take_while(|s| *s == "super").count();
                let base = self.module.len().checked_sub(ups)?;
                let mut path = self.module[..base].to_vec();
                path.extend_from_slice(&segments[ups..]);
                Some(path)
            }
            _ => None,
        }
    }

    fn add(&mut self, segments: Vec<String>) {
        if let Some(path) = self.absolute(&segments) {
            self.found.push(path);
        }
    }

    /// The paths of a `use` tree, each ending where the tree does.
    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                let mut path = prefix.clone();
                path.push(n.ident.to_string());
                self.add(path);
            }
            syn::UseTree::Rename(r) => {
                let mut path = prefix.clone();
                path.push(r.ident.to_string());
                self.add(path);
            }
            syn::UseTree::Glob(_) => self.add(prefix.clone()),
            syn::UseTree::Group(g) => {
                for tree in &g.items {
                    self.use_tree(prefix, tree);
                }
            }
        }
    }

    /// `crate :: a` inside a macro's tokens (`format!("{}", crate::a::f())`), which syn leaves
    /// unparsed.
    fn tokens(&mut self, tokens: proc_macro2::TokenStream) {
        let tokens: Vec<proc_macro2::TokenTree> = tokens.into_iter().collect();
        for (i, token) in tokens.iter().enumerate() {
            match token {
                proc_macro2::TokenTree::Group(g) => self.tokens(g.stream()),
                proc_macro2::TokenTree::Ident(id) if id == "crate" => {
                    let colons = |t: Option<&proc_macro2::TokenTree>| matches!(t, Some(proc_macro2::TokenTree::Punct(p)) if p.as_char() == ':');
                    if colons(tokens.get(i + 1))
                        && colons(tokens.get(i + 2))
                        && let Some(proc_macro2::TokenTree::Ident(next)) = tokens.get(i + 3)
                    {
                        self.add(vec!["crate".into(), next.to_string()]);
                    }
                }
                _ => {}
            }
        }
    }
}

impl<'ast> Visit<'ast> for Names<'_> {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs = match item {
            syn::Item::Mod(m) => &m.attrs,
            syn::Item::Fn(f) => &f.attrs,
            syn::Item::Impl(i) => &i.attrs,
            syn::Item::Use(u) => &u.attrs,
            syn::Item::Const(c) => &c.attrs,
            syn::Item::Static(s) => &s.attrs,
            syn::Item::Struct(s) => &s.attrs,
            syn::Item::Enum(e) => &e.attrs,
            _ => return syn::visit::visit_item(self, item),
        };
        if !is_test(attrs) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.add(path.segments.iter().map(|s| s.ident.to_string()).collect());
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.tokens(mac.tokens.clone());
        syn::visit::visit_macro(self, mac);
    }
}

/// Every `.rs` file below `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The imports among top-level modules, read from the source.
fn import_graph() -> Graph {
    let tops = top_level_modules();
    let aliases = re_exports(&tops);
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut graph = Graph::new();
    for file in files {
        let relative = file.strip_prefix(src()).unwrap().to_path_buf();
        // The file's module path: src/a/b.rs and src/a/b/mod.rs are a::b.
        let mut module: Vec<String> = relative
            .with_extension("")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if module.last().is_some_and(|m| m == "mod") {
            module.pop();
        }
        let Some(top) = module.first().cloned() else {
            continue;
        };
        if !tops.contains(&top) {
            continue; // lib.rs, main.rs: the crate's face and the binary sit above everything.
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let parsed =
            syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", relative.display()));
        let mut names = Names {
            module: &module,
            found: Vec::new(),
        };
        names.visit_file(&parsed);
        for path in names.found {
            let Some(first) = path.first() else { continue };
            let target = aliases.get(first).unwrap_or(first);
            if *target != top && tops.contains(target) {
                graph
                    .entry(top.clone())
                    .or_default()
                    .entry(target.clone())
                    .or_insert_with(|| format!("{} ({})", relative.display(), path.join("::")));
            }
        }
    }
    graph
}

/// The cycles of the graph: its strongly connected components with more than one module.
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    // Kosaraju: finish order on the graph, then components on the reversed graph.
    fn visit(v: &str, graph: &Graph, seen: &mut BTreeSet<String>, order: &mut Vec<String>) {
        if !seen.insert(v.to_string()) {
            return;
        }
        for w in graph.get(v).into_iter().flat_map(|e| e.keys()) {
            visit(w, graph, seen, order);
        }
        order.push(v.to_string());
    }
    let mut reversed = Graph::new();
    let mut nodes = BTreeSet::new();
    for (v, edges) in graph {
        nodes.insert(v.clone());
        for w in edges.keys() {
            nodes.insert(w.clone());
            reversed
                .entry(w.clone())
                .or_default()
                .insert(v.clone(), String::new());
        }
    }
    let (mut seen, mut order) = (BTreeSet::new(), Vec::new());
    for v in &nodes {
        visit(v, graph, &mut seen, &mut order);
    }
    let mut assigned = BTreeSet::new();
    let mut components = Vec::new();
    for v in order.iter().rev() {
        let mut component = Vec::new();
        visit(v, &reversed, &mut assigned, &mut component);
        if component.len() > 1 {
            component.sort();
            components.push(component);
        }
    }
    components
}

/// The layers docs/ARCHITECTURE.md lists in its ```layers block, bottom first: one line a
/// layer, `name: module module …`.
fn documented_layers() -> Vec<(String, Vec<String>)> {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/ARCHITECTURE.md"))
            .unwrap();
    let block = doc
        .split("```layers\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("docs/ARCHITECTURE.md has a ```layers block");
    block
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let (name, modules) = line.split_once(':').expect("`layer: modules`");
            (
                name.trim().to_string(),
                modules.split_whitespace().map(str::to_string).collect(),
            )
        })
        .collect()
}

#[test]
fn no_top_level_module_is_part_of_an_import_cycle() {
    let graph = import_graph();
    let found = cycles(&graph);
    let shown: Vec<String> = found
        .iter()
        .map(|c| {
            let edges: Vec<String> = c
                .iter()
                .flat_map(|v| {
                    graph[v]
                        .iter()
                        .filter(|(w, _)| c.contains(w))
                        .map(move |(w, at)| format!("  {v} -> {w}: {at}"))
                })
                .collect();
            format!("{}\n{}", c.join(", "), edges.join("\n"))
        })
        .collect();
    assert!(
        found.is_empty(),
        "import cycles among top-level modules:\n{}",
        shown.join("\n")
    );
}

#[test]
fn every_import_points_down_the_layers_of_the_architecture_document() {
    let layers = documented_layers();
    let layer_of: BTreeMap<&str, usize> = layers
        .iter()
        .enumerate()
        .flat_map(|(i, (_, modules))| modules.iter().map(move |m| (m.as_str(), i)))
        .collect();
    let tops = top_level_modules();
    let undocumented: Vec<&String> = tops
        .iter()
        .filter(|m| !layer_of.contains_key(m.as_str()))
        .collect();
    assert!(
        undocumented.is_empty(),
        "modules missing from docs/ARCHITECTURE.md's layers: {undocumented:?}"
    );
    let gone: Vec<&&str> = layer_of.keys().filter(|m| !tops.contains(**m)).collect();
    assert!(
        gone.is_empty(),
        "layers list modules that do not exist: {gone:?}"
    );
    let mut upward = Vec::new();
    for (from, edges) in import_graph() {
        for (to, at) in edges {
            let (a, b) = (layer_of[from.as_str()], layer_of[to.as_str()]);
            if b > a {
                upward.push(format!(
                    "{from} ({}) imports {to} ({}), a layer above it: {at}",
                    layers[a].0, layers[b].0
                ));
            }
        }
    }
    assert!(upward.is_empty(), "{}", upward.join("\n"));
}

/// Every language has its own sentence: no code in `src/` makes one language fall back to
/// another's words (the catalogue's traits make a missing sentence fail to compile; this keeps
/// the match arms that would bypass them out).
#[test]
fn no_language_falls_back_to_another_in_src() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            let falls_back = ["En", "De", "Fr"].iter().any(|a| {
                ["En", "De", "Fr"]
                    .iter()
                    .any(|b| a != b && line.contains(&format!("Lang::{a} | Lang::{b}")))
            });
            if falls_back {
                found.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Adding a language touches the catalogues (`src/i18n/`) and the reader's word table
/// (`src/contract.rs`) only: no other file of `src/` branches on a language with a match arm.
#[test]
fn only_the_catalogues_and_the_word_table_branch_on_a_language() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let allowed = [src().join("i18n"), src().join("contract.rs")];
    let mut found = Vec::new();
    for file in files {
        if allowed.iter().any(|a| file.starts_with(a)) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            if ["En", "De", "Fr"]
                .iter()
                .any(|l| line.trim_start().starts_with(&format!("Lang::{l} =>")))
            {
                found.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
