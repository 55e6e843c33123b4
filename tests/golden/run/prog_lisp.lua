-- A small Lisp: reader, environments, special forms, closures, tail calls, macros of a
-- sort, error handling with positions, and a few programs run through it.

local Nil = setmetatable({}, { __tostring = function() return "()" end })

local function cons(a, b) return { car = a, cdr = b } end
local function isPair(x) return type(x) == "table" and x.car ~= nil end

local Symbol = {}
Symbol.__index = Symbol
Symbol.__tostring = function(s) return s.name end
local symbols = {}
local function sym(name)
  local s = symbols[name]
  if not s then
    s = setmetatable({ name = name }, Symbol)
    symbols[name] = s
  end
  return s
end
local function isSym(x) return getmetatable(x) == Symbol end

-- Reader -----------------------------------------------------------------------------

local function tokenize(src)
  return coroutine.wrap(function()
    local i, line = 1, 1
    while i <= #src do
      local c = src:sub(i, i)
      if c == "\n" then
        line = line + 1
        i = i + 1
      elseif c:match("%s") then
        i = i + 1
      elseif c == ";" then
        while i <= #src and src:sub(i, i) ~= "\n" do i = i + 1 end
      elseif c == "(" or c == ")" or c == "'" then
        coroutine.yield(c, line)
        i = i + 1
      elseif c == '"' then
        local j = i + 1
        local buf = {}
        while true do
          local d = src:sub(j, j)
          if d == "" then error("line " .. line .. ": unterminated string", 0) end
          if d == '"' then break end
          if d == "\\" then
            j = j + 1
            d = ({ n = "\n", t = "\t" })[src:sub(j, j)] or src:sub(j, j)
          end
          buf[#buf + 1] = d
          j = j + 1
        end
        coroutine.yield({ str = table.concat(buf) }, line)
        i = j + 1
      else
        local j = i
        while j <= #src and not src:sub(j, j):match("[%s()';]") do j = j + 1 end
        coroutine.yield(src:sub(i, j - 1), line)
        i = j
      end
    end
    coroutine.yield(nil, line)
  end)
end

local function reader(src)
  local next_token = tokenize(src)
  local tok, line = next_token()
  local function advance() tok, line = next_token() end
  local read
  local function readList()
    local items = {}
    while tok ~= ")" do
      if tok == nil then error("line " .. line .. ": missing ')'", 0) end
      items[#items + 1] = read()
    end
    advance()
    local list = Nil
    for k = #items, 1, -1 do list = cons(items[k], list) end
    return list
  end
  function read()
    local t = tok
    if t == nil then error("line " .. line .. ": unexpected end of input", 0) end
    advance()
    if t == "(" then return readList() end
    if t == ")" then error("line " .. line .. ": unexpected ')'", 0) end
    if t == "'" then return cons(sym("quote"), cons(read(), Nil)) end
    if type(t) == "table" then return t.str end
    local n = tonumber(t)
    if n then return n end
    if t == "#t" then return true end
    if t == "#f" then return false end
    return sym(t)
  end
  return function()
    if tok == nil then return nil end
    return read()
  end
end

-- Printer ----------------------------------------------------------------------------

local function show(x)
  if x == Nil then return "()" end
  if x == true then return "#t" end
  if x == false then return "#f" end
  if type(x) == "string" then return string.format("%q", x) end
  if type(x) == "number" then return tostring(x) end
  if isSym(x) then return x.name end
  if isPair(x) then
    local parts = {}
    while isPair(x) do
      parts[#parts + 1] = show(x.car)
      x = x.cdr
    end
    local s = "(" .. table.concat(parts, " ")
    if x ~= Nil then s = s .. " . " .. show(x) end
    return s .. ")"
  end
  if type(x) == "table" and x.params then return "#<lambda>" end
  return "#<" .. type(x) .. ">"
end

-- Evaluator --------------------------------------------------------------------------

local Env = {}
Env.__index = Env
local function newEnv(parent) return setmetatable({ vars = {}, parent = parent }, Env) end
function Env:lookup(s)
  local e = self
  while e do
    local v = e.vars[s]
    if v ~= nil then return v end
    e = e.parent
  end
  error("unbound symbol: " .. s.name, 0)
end
function Env:set(s, v)
  local e = self
  while e do
    if e.vars[s] ~= nil then
      e.vars[s] = v
      return
    end
    e = e.parent
  end
  error("set! of unbound symbol: " .. s.name, 0)
end

local function list2table(l)
  local t = {}
  while isPair(l) do
    t[#t + 1] = l.car
    l = l.cdr
  end
  return t
end

local S = { quote = sym("quote"), iff = sym("if"), define = sym("define"), lambda = sym("lambda"),
  begin = sym("begin"), set = sym("set!"), let = sym("let"), cond = sym("cond"), elsee = sym("else"),
  andd = sym("and"), orr = sym("or") }

local eval
local depth, maxDepth = 0, 0

function eval(x, env)
  while true do
    if isSym(x) then return env:lookup(x) end
    if not isPair(x) then return x end
    local op = x.car
    if op == S.quote then return x.cdr.car end
    if op == S.iff then
      local c = eval(x.cdr.car, env)
      if c ~= false then x = x.cdr.cdr.car
      else
        local alt = x.cdr.cdr.cdr
        if alt == Nil then return false end
        x = alt.car
      end
    elseif op == S.define then
      local target = x.cdr.car
      if isPair(target) then
        env.vars[target.car] = { params = target.cdr, body = x.cdr.cdr, env = env, name = target.car.name }
      else
        env.vars[target] = eval(x.cdr.cdr.car, env)
      end
      return Nil
    elseif op == S.set then
      env:set(x.cdr.car, eval(x.cdr.cdr.car, env))
      return Nil
    elseif op == S.lambda then
      return { params = x.cdr.car, body = x.cdr.cdr, env = env }
    elseif op == S.begin then
      local body = x.cdr
      while body.cdr ~= Nil do
        eval(body.car, env)
        body = body.cdr
      end
      x = body.car
    elseif op == S.let then
      local e = newEnv(env)
      for _, b in ipairs(list2table(x.cdr.car)) do e.vars[b.car] = eval(b.cdr.car, env) end
      local body = x.cdr.cdr
      while body.cdr ~= Nil do
        eval(body.car, e)
        body = body.cdr
      end
      x, env = body.car, e
    elseif op == S.cond then
      local clause, found = x.cdr, nil
      while clause ~= Nil do
        local test = clause.car.car
        if test == S.elsee or eval(test, env) ~= false then
          found = clause.car.cdr.car
          break
        end
        clause = clause.cdr
      end
      if found == nil then return false end
      x = found
    elseif op == S.andd or op == S.orr then
      local args, v = x.cdr, op == S.andd
      while args ~= Nil do
        v = eval(args.car, env)
        if (op == S.andd) == (v == false) then return v end
        args = args.cdr
      end
      return v
    else
      local f = eval(op, env)
      local args = {}
      local a = x.cdr
      while a ~= Nil do
        args[#args + 1] = eval(a.car, env)
        a = a.cdr
      end
      if type(f) == "function" then return f(unpack(args)) end
      if type(f) ~= "table" or not f.params then error("not a procedure: " .. show(f), 0) end
      local e = newEnv(f.env)
      local p, k = f.params, 1
      while isPair(p) do
        e.vars[p.car] = args[k]
        if args[k] == nil then error("too few arguments to " .. (f.name or "lambda"), 0) end
        p, k = p.cdr, k + 1
      end
      if isSym(p) then
        local rest = Nil
        for j = #args, k, -1 do rest = cons(args[j], rest) end
        e.vars[p] = rest
      end
      local body = f.body
      depth = depth + 1
      if depth > maxDepth then maxDepth = depth end
      while body.cdr ~= Nil do
        eval(body.car, e)
        body = body.cdr
      end
      depth = depth - 1
      x, env = body.car, e -- Tail call: no Lua recursion.
    end
  end
end

local global = newEnv(nil)
local function def(name, f) global.vars[sym(name)] = f end
local function num(x, who)
  if type(x) ~= "number" then error(who .. ": not a number: " .. show(x), 0) end
  return x
end
def("+", function(...) local s = 0 for _, v in ipairs({ ... }) do s = s + num(v, "+") end return s end)
def("*", function(...) local s = 1 for _, v in ipairs({ ... }) do s = s * num(v, "*") end return s end)
def("-", function(a, b) if b == nil then return -num(a, "-") end return num(a, "-") - num(b, "-") end)
def("/", function(a, b) return num(a, "/") / num(b, "/") end)
def("%", function(a, b) return num(a, "%") % num(b, "%") end)
def("=", function(a, b) return a == b end)
def("<", function(a, b) return num(a, "<") < num(b, "<") end)
def(">", function(a, b) return num(a, ">") > num(b, ">") end)
def("<=", function(a, b) return num(a, "<=") <= num(b, "<=") end)
def("cons", cons)
def("car", function(p) if not isPair(p) then error("car: not a pair: " .. show(p), 0) end return p.car end)
def("cdr", function(p) if not isPair(p) then error("cdr: not a pair: " .. show(p), 0) end return p.cdr end)
def("null?", function(x) return x == Nil end)
def("pair?", isPair)
def("list", function(...)
  local l = Nil
  local args = { ... }
  for k = select("#", ...), 1, -1 do l = cons(args[k], l) end
  return l
end)
def("display", function(x) io.write(type(x) == "string" and x or show(x)) return Nil end)
def("newline", function() io.write("\n") return Nil end)
def("string-append", function(...) return table.concat({ ... }) end)
def("number->string", function(n) return tostring(n) end)
def("error", function(msg) error(msg, 0) end)

local function run(src)
  local read = reader(src)
  local last = Nil
  local ok, err = pcall(function()
    while true do
      local form = read()
      if form == nil then break end
      last = eval(form, global)
    end
  end)
  if not ok then print("error: " .. tostring(err)) end
  return last
end

-- Programs -----------------------------------------------------------------------------

print(show(run([[
(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(display "fact 10 = ") (display (fact 10)) (newline)
(display "fib 15 = ") (display (fib 15)) (newline)
(list (fact 5) (fib 10) '(a b . c) "str")
]])))

print(show(run([[
(define (map f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))
(define (filter p l) (cond ((null? l) '()) ((p (car l)) (cons (car l) (filter p (cdr l)))) (else (filter p (cdr l)))))
(define (range a b) (if (> a b) '() (cons a (range (+ a 1) b))))
(define (foldl f acc l) (if (null? l) acc (foldl f (f acc (car l)) (cdr l))))
(define (compose . fs) (if (null? fs) (lambda (x) x) (lambda (x) ((car fs) ((apply-all (cdr fs)) x)))))
(define (apply-all fs) (if (null? fs) (lambda (x) x) (lambda (x) ((car fs) ((apply-all (cdr fs)) x)))))
(define squares (map (lambda (x) (* x x)) (range 1 10)))
(display (filter (lambda (x) (= (% x 2) 0)) squares)) (newline)
(foldl + 0 (range 1 100))
]])))

-- Tail calls run in constant Lua stack: a loop of 100000 iterations.
print(show(run([[
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(loop 100000 0)
]])), "max depth", maxDepth)

-- Closures and mutable state.
print(show(run([[
(define (make-counter)
  (let ((n 0))
    (lambda () (set! n (+ n 1)) n)))
(define c1 (make-counter))
(define c2 (make-counter))
(c1) (c1) (c2)
(list (c1) (c2) (and 1 2 #f 3) (or #f #f 7) (and) (or))
]])))

-- Errors are reported with what went wrong and the run goes on.
run([[(car '())]])
run([[(+ 1 "two")]])
run([[(undefined-thing 1)]])
run([[(define (f x y) x) (f 1)]])
run([[(1 2 3)]])
run([[(display "unterminated]])
run([[(+ 1 (* 2 3)]])
run([[)]])
run([[(error "custom failure")]])
print(show(run([[(string-append "a" "b" (number->string 42))]])))
