local function a(...) return ... end
local function b(...) return 1, ... end
local function c(...) return (...) end
local function d(...) return ..., 1 end
local function e(a, ...) return a, ... end
