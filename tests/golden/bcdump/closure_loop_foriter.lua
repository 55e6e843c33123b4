local fs = {}
for k, v in pairs(fs) do fs[k] = function() return k, v end end
