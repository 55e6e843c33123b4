-- A module returning a table; records how it was loaded.
local name = ...
loads = (loads or 0) + 1
return { name = name, value = 42 }
