--[[ abc

