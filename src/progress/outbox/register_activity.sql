INSERT OR IGNORE INTO xapi_activities
    (course_version_id, kind, item_id, parent_kind, parent_id, definition, max_points)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
