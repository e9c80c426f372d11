INSERT INTO collected_course_items (device_id, version_id, item_id, kind, position, title)
VALUES (?1, ?2, ?3, ?4, ?5, ?6)
