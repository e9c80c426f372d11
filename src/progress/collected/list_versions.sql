-- Each collected course version with its items (none for a version without items).
SELECT v.device_id, v.version_id, v.course_id, v.version, v.title, v.current,
       i.item_id, i.kind, i.title
FROM collected_course_versions AS v
LEFT JOIN collected_course_items AS i
    ON i.device_id = v.device_id AND i.version_id = v.version_id
ORDER BY v.device_id, v.version_id, i.position, i.item_id
