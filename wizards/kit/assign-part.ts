/**
 * `assignPart`: an XState `assign` written once in the kit that joins any wizard
 * machine's `setup` (the step actions, the task actions). The kit knows only the
 * part of the context it updates (`errors`, `progress`), not the machine's own
 * event union: events are read as `any`, and the action declares it sends none
 * (`never`), which every machine's action types accept.
 */
import { assign, type MachineContext } from 'xstate';

/** Return an assign action updating part of a context of type `TContext`, for any machine with that context. */
export function assignPart<TContext extends MachineContext, TParams extends Record<string, unknown> | undefined = undefined>(
  assigner: (args: { context: TContext; event: any }, params: TParams) => object,
) {
  return assign<TContext, any, TParams, any, never>((args, params) => assigner(args, params) as Partial<TContext>);
}
