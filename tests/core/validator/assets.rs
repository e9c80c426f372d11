//! Pictures a course points at: missing, outside the course folder, not an
//! image, or without alt text.

use crate::common::*;
use fieldcourse::course::Code;
use serde_json::json;

#[test]
fn a_missing_asset_suggests_a_similar_file() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/lessons/0/blocks/1/src",
        json!("assets/pictures.svg"),
    );
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::Asset, "/modules/0/lessons/0/blocks/1/src");
    assert_eq!(diagnostic.message, "`assets/pictures.svg` does not exist");
    assert!(
        diagnostic
            .hint
            .as_deref()
            .unwrap()
            .contains("`assets/picture.svg`")
    );
}

#[test]
fn asset_paths_may_not_leave_the_course_folder() {
    for bad in [
        "../outside.svg",
        "/etc/outside.svg",
        "assets/../../outside.svg",
    ] {
        let mut course = valid_course();
        set(&mut course, "/modules/0/lessons/0/blocks/1/src", json!(bad));
        let loaded = load(&course);
        let diagnostic = find(&loaded, Code::Asset, "/modules/0/lessons/0/blocks/1/src");
        assert!(
            diagnostic
                .message
                .contains("points outside the course folder"),
            "{bad}: {}",
            diagnostic.message
        );
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_course_folder_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.svg"), "<svg/>").unwrap();
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/lessons/0/blocks/1/src",
        json!("assets/link.svg"),
    );
    let dir = CourseDir::new(&course);
    std::os::unix::fs::symlink(
        outside.path().join("secret.svg"),
        dir.path().join("assets/link.svg"),
    )
    .unwrap();
    let loaded = dir.load();
    let diagnostic = find(&loaded, Code::Asset, "/modules/0/lessons/0/blocks/1/src");
    assert!(diagnostic.message.contains("is a link to a file outside"));
}

#[test]
fn images_must_be_png_jpeg_or_svg() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/lessons/0/blocks/1/src",
        json!("assets/picture.gif"),
    );
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::Asset, "/modules/0/lessons/0/blocks/1/src");
    assert!(diagnostic.message.contains("not a PNG, JPEG or SVG image"));
}

#[test]
fn a_certificate_logo_must_be_an_image() {
    let mut course = valid_course();
    set(&mut course, "/certificate/logo", json!("course.json"));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::Asset, "/certificate/logo");
    assert!(diagnostic.message.contains("not a PNG, JPEG or SVG image"));
}

#[test]
fn an_image_without_alt_text_is_an_error() {
    let mut course = valid_course();
    remove(&mut course, "/modules/0/lessons/0/blocks/1/alt");
    set(
        &mut course,
        "/modules/0/quiz/questions/0/image",
        json!({"src": "assets/picture.svg", "alt": " "}),
    );
    let loaded = load(&course);
    let block = find(
        &loaded,
        Code::MissingAlt,
        "/modules/0/lessons/0/blocks/1/alt",
    );
    assert_eq!(block.message, "this image has no alt text");
    find(
        &loaded,
        Code::MissingAlt,
        "/modules/0/quiz/questions/0/image/alt",
    );
}
