SELECT id, display_name, language, pin_hash IS NOT NULL
FROM learners
ORDER BY display_name COLLATE NOCASE, id
