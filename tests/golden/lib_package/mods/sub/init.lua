return "sub.init loaded as " .. tostring(...)
