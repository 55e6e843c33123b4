-- No line event for the rest of the line that called debug.sethook when that line made
-- the VM save its position (here by creating the hook closure); later lines, lines of
-- called functions and lines after returns report as usual.
local got = {}
debug.sethook(function(e, l) got[#got + 1] = l end, "l"); local a = 1
a = a + 1
debug.sethook()
print(table.concat(got, ","))

got = {}
local function f(x)
  return x + 1
end
debug.sethook(function(e, l) got[#got + 1] = l end, "l") a = f(a)
a = f(a) a = f(a)
debug.sethook()
print(table.concat(got, ","))

-- Set inside a function: the rest of its lines, then the caller's lines after the return.
got = {}
local function on()
  debug.sethook(function(e, l) got[#got + 1] = l end, "l") local b = 1
  return b
end
on()
a = a + 1
debug.sethook()
print(table.concat(got, ","))

-- Set from hot (compiled) code.
local function maybe(i)
  if i == 60 then debug.sethook(function(e, l) got[#got + 1] = l end, "l") a = 0 end
  return i
end
got = {}
for i = 1, 60 do maybe(i) end
a = 1
debug.sethook()
print(table.concat(got, ","))

-- A count hook set mid-line counts from the next instruction on.
local n = 0
debug.sethook(function() n = n + 1 end, "", 1) local c = 1 c = c + 1
debug.sethook()
print(n)

-- Which line comes first depends on the last instruction that saved the pc for the
-- runtime (table and closure creation, concatenation, ...) before the native call.
got = {}
local function rec(e, l) got[#got + 1] = l end
debug.sethook(rec, "l"); local a = 1
a = a + 1
debug.sethook()
print(table.concat(got, ","))
got = {}
local t = {} debug.sethook(rec, "l") a = 2
a = 3
debug.sethook()
print(table.concat(got, ","))
got = {}
local s = "a" .. a debug.sethook(rec, "l") a = 2
a = 3
debug.sethook()
print(table.concat(got, ","))
got = {}
local function on() debug.sethook(rec, "l") local b = 1
  return b
end
on()
a = 4
debug.sethook()
print(table.concat(got, ","))
got = {}
local function mk() return {} end
local u = mk() debug.sethook(rec, "l") a = 2
a = 3
debug.sethook()
print(table.concat(got, ","))
got = {}
local function mk2() return 1 end
local u = mk2() debug.sethook(rec, "l") a = 2
a = 3
debug.sethook()
print(table.concat(got, ","))
