-- Strings: long ones, escapes, binary bytes and NULs, and many constants.
local s1 = "a rather long string constant that is longer than forty characters"
local s2 = "tab\there\nnewline\rcr\0nul\1\2\3\127\128\255"
local s3 = [[
long bracket string
with lines]]
local s4 = [==[ ]] ]=] ]==]
local t = {}
t.k1, t.k2, t.k3, t.k4, t.k5, t.k6, t.k7, t.k8 = 1, 2, 3, 4, 5, 6, 7, 8
local e = ""
return s1 .. s2 .. s3 .. s4 .. e, t
