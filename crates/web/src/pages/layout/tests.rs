use super::*;

#[test]
fn an_unknown_text_or_variable_fails_the_page() {
    let frame = Frame::new(Language::Pl, String::new());
    let mut env = environment().clone();
    for (name, source) in [
        ("text.html", "{{ t.log_in }} {{ t.log_inn }}"),
        ("variable.html", "{{ lang }} {{ langg }}"),
        ("condition.html", "{% if notice %}!{% endif %}"),
    ] {
        assert!(env.add_template(name, source).is_ok());
        let context = serde_json::to_value(&frame).unwrap_or_default();
        let rendered = env.get_template(name).and_then(|t| t.render(&context));
        assert!(rendered.is_err(), "{name}: {rendered:?}");
    }
}

#[test]
fn every_template_file_is_registered_and_compiles() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/templates");
    for entry in std::fs::read_dir(folder).expect("templates folder") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .to_string();
        assert!(
            super::environment().get_template(&name).is_ok(),
            "{name} is not registered or does not compile"
        );
    }
}
