-- The learner's pseudonymous id (NULL until first made), name and the device
-- settings that decide what the actor shows.
SELECT (SELECT account_name FROM xapi_learners WHERE learner_id = l.id),
       l.display_name,
       (SELECT value ->> '$' FROM device_settings WHERE key = 'xapi.home_page'),
       (SELECT value ->> '$' FROM device_settings WHERE key = 'xapi.include_names'),
       (SELECT value ->> '$' FROM device_settings WHERE key = 'xapi.device_id')
FROM learners AS l
WHERE l.id = ?1
