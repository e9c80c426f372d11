-- The learner's pseudonymous id (made on first use), name and the device settings
-- that decide what the actor shows.
SELECT x.account_name, l.display_name,
       (SELECT value ->> '$' FROM device_settings WHERE key = 'xapi.home_page'),
       (SELECT value ->> '$' FROM device_settings WHERE key = 'xapi.include_names'),
       (SELECT value ->> '$' FROM device_settings WHERE key = 'xapi.device_id')
FROM learners AS l
JOIN xapi_learners AS x ON x.learner_id = l.id
WHERE l.id = ?1
