-- os.time/os.date/os.difftime/os.clock with results independent of the local time zone.
local times = { 0, 1, 86399, 951782400, 1e9, 1234567890, -1e9, 2147483647, 2^31, 4102444800,
  -62135596800, 253402300799, 1e9 + 0.7, -0.5 }
for _, t in ipairs(times) do
  print(t, os.date("!%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %V %G %g %u %w %y %C %p %I %e %D", t))
  local u = os.date("!*t", t)
  print("", u.year, u.month, u.day, u.hour, u.min, u.sec, u.wday, u.yday, u.isdst)
  print("", os.time(os.date("*t", t)) == math.floor(t) or os.time(os.date("*t", t)) - t)
end
for _, f in ipairs({ "!%c", "!%x", "!%X", "!%F %T", "!%R %r", "!%h %n %t %%", "!%Z",
  "!%z", "!%5Y|%-d|%_m|%05e|%^a|%#B|%#p|%^P", "!%10c|", "!%E", "!%Ey %EC %Od %Ob",
  "!%Q %q %v %+", "!%", "!abc%", "", "!", "!*t", "*t" }) do
  local r = os.date(f, 1e9)
  print(string.format("%q", f), type(r) == "table" and "table" or string.format("%q", r))
end
print(os.date("!%Y", 1e20), os.date("!%Y", 0/0), os.date("!%Y", 6.7e16))
print(pcall(os.date, "!%Y", "x"), pcall(os.date, {}))
print(type(os.date()), type(os.time()), os.time() > 1.6e9)
local a = os.time({ year = 2000, month = 1, day = 2, hour = 0 })
local b = os.time({ year = 2000, month = 1, day = 1, hour = 0 })
print(a - b, os.difftime(a, b), os.difftime(a), os.difftime(5, 2.5))
print(os.time({ year = 2024, month = 3, day = 1 }) - os.time({ year = 2024, month = 2, day = 28 }))
print(os.time({ year = 2024, month = 13, day = 1, hour = 0 }) == os.time({ year = 2025, month = 1, day = 1, hour = 0 }))
print(os.time({ year = 2024, month = 1, day = 32 }) == os.time({ year = 2024, month = 2, day = 1 }))
print(os.time({ year = 2024, month = 1, day = 1, hour = 12 }) == os.time({ year = 2024, month = 1, day = 1 }))
print(os.time({ year = "2024", month = "1", day = "1" }) == os.time({ year = 2024, month = 1, day = 1 }))
print(pcall(os.time, { year = 2024, month = 1 }))
print(pcall(os.time, { year = 2024, day = 1 }))
print(pcall(os.time, { month = 1, day = 1 }))
print(pcall(os.time, 5), pcall(os.time, { year = 2024, month = 1, day = "x" }))
print(pcall(os.difftime), pcall(os.difftime, "x"))
local c = os.clock()
print(type(c), c >= 0, os.clock() >= c)
local t = os.date("*t")
print(type(t.year), type(t.isdst), t.month >= 1 and t.month <= 12)
