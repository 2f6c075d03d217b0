WHERE = "namespace package module"
