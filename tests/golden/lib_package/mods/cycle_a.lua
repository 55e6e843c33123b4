local b = require("cycle_b")
return "a sees b=" .. tostring(b)
