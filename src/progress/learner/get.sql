SELECT id, display_name, certificate_name, language, pin_hash, created_at
FROM learners
WHERE id = ?1
