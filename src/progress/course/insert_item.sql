-- A course with a duplicate id is invalid, but recording progress on it must not
-- fail: the first item with an id keeps it.
INSERT OR IGNORE INTO course_items (course_version_id, item_id, kind, position, title)
VALUES (?1, ?2, ?3, ?4, ?5)
