export { CompetencyId, competencyIds, PrincipleId, principleIds } from './ids';
