local a, b, c
local d
local e, f = nil
local g = nil
local h, i = nil, nil
local j; local k; local l
