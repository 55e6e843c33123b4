-- io on temporary files: open modes, reading formats, writing, seeking, buffering, lines.
local path = os.tmpname()
local function scrub(s) return (s:gsub(path, "PATH", 1, true)) end
local function q(...)
  local t = { n = select("#", ...), ... }
  for i = 1, t.n do
    local v = t[i]
    if type(v) == "string" then t[i] = string.format("%q", scrub(v))
    elseif io.type(v) then t[i] = io.type(v)
    else t[i] = tostring(v) end
  end
  return table.concat(t, ", ", 1, t.n)
end
local function errtext(s) return scrub(tostring(s)) end

local f = assert(io.open(path, "w"))
print(io.type(f), q(f:write("line1\n", 2, " ", 3.5, "\n", "no newline")))
print(q(f:seek("cur")), q(f:seek("set")), q(f:seek("end")), q(f:seek("set", 3)))
print(q(f:write("X")), q(f:seek("end", -2)))
print(q(f:close()), io.type(f), tostring(f))
print(q(pcall(f.write, f, "x")))
print(q(pcall(f.close, f)))

f = assert(io.open(path))
print(q(f:read()))
print(q(f:read("*n", "*n")))
print(q(f:read("*l")))
print(q(f:read("*L")))
print(q(f:read(0)), q(f:read(3)), q(f:read("*a")), q(f:read("*a")), q(f:read(0)), q(f:read(1)))
print(q(f:seek("set", 0)), q(f:read("*L")), q(f:read(2, 2, 2)))
print(q(f:read("l", "n", "a")))
print(q(pcall(f.read, f, "*x")), q(pcall(f.read, f, {})))
print(q(f:write("nope")))
f:close()

for _, mode in ipairs({ "r", "r+", "w", "w+", "a", "a+", "rb", "r+b", "wx", "z", "" }) do
  local h, err, code = io.open(path, mode)
  if h then
    local w = h:write("[" .. mode .. "]")
    h:seek("set", 0)
    local r = h:read("*a")
    print(mode, "open", q(w), q(r))
    h:close()
  else
    print(mode, "fail", errtext(err), code)
  end
end
f = io.open(path) print(q(f:read("*a"))) f:close()

-- Buffered writes are invisible to other handles until flushed.
local w = io.open(path, "w")
w:write("buffered")
local r = io.open(path)
print(q(r:read("*a")))
w:flush()
print(q(r:read("*a")))
w:write(" more")
w:setvbuf("no")
w:write(" direct")
print(q(r:read("*a")))
print(q(w:setvbuf("full", 1024)), q(w:setvbuf("line")), q(pcall(w.setvbuf, w, "bad")))
w:close() r:close()

-- Lines.
f = io.open(path, "w") f:write("a\nbb\n\nccc\n1 2 3\nlast") f:close()
for l in io.lines(path) do io.write("[", l, "]") end print()
for a, b in io.lines(path, 1, "*l") do io.write("<", a, "|", tostring(b), ">") end print()
for n in io.lines(path, "*n") do io.write(tostring(n), ";") end print()
f = io.open(path)
for l in f:lines() do io.write(#l, " ") end print(io.type(f))
print(q(f:read("*a")), q(f:read()))
f:close()
print(q(pcall(function() for l in f:lines() do end end)))
local it = io.lines(path)
print(q(it()), q(it()))
print(q(pcall(io.lines, path .. ".missing")))

-- Default input and output.
local out = io.output()
print(io.type(out), out == io.stdout)
io.output(path) io.write("via io.write ", 42) print(q(io.output() == io.stdout)) io.close()
io.output(out)
io.input(path) print(q(io.read("*a"))) io.input():close()
print(q(pcall(io.read)))
io.input(io.stdin)
print(q(pcall(io.input, path .. ".missing")))
print(q(io.type(io.stdin)), q(io.type(io.stderr)), q(io.type(42)), q(io.type(nil)))
print(q(pcall(io.type)))
print(q(io.stdout:close()), q(io.stderr:close()))

-- tmpfile.
local tf = io.tmpfile()
print(io.type(tf), q(tf:write("temp data")), q(tf:seek("set")), q(tf:read("*a")))
tf:close()

-- Errors.
print(q(io.open(path .. "/x")))
print(q(io.open("/")), q(io.open("/", "w")))
local d = io.open("/") print(q(d:read("*a"))) d:close()
print(q(pcall(io.open)), q(pcall(io.open, path, {})))
print(q(pcall(f.read)), q(pcall(f.read, 1)), q(pcall(io.stdout.write, io.stdout, {})))
print(q(pcall(io.stdout.seek, io.stdout, "set", "x")), q(pcall(io.stdout.seek, io.stdout, "bad")))
print(q(os.remove(path)), q(io.open(path)))
