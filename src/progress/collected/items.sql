SELECT course_version_id, item_id, kind, position, title
FROM course_items
ORDER BY course_version_id, position, item_id
