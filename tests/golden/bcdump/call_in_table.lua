local t = {f()}
local u = {f(), f()}
local v = {f(), 1}
local w = {1, f()}
local x = {(f())}
local y = {a = f()}
