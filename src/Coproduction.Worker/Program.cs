using Coproduction.Worker.Commands;

return await CoproductionCommand.InvokeAsync(args, TimeProvider.System);
