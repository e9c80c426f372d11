INSERT OR IGNORE INTO device_settings (key, value) VALUES ('lrs.forwarded:' || ?1, json(?2))
