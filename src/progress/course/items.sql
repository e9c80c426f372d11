SELECT item_id, kind, title
FROM course_items
WHERE course_version_id = ?1
ORDER BY position
