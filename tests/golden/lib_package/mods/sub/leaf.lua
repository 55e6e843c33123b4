return "leaf loaded as " .. tostring(...)
