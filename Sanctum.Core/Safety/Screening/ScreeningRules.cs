namespace Sanctum.Core.Safety.Screening;

/// <summary>
/// One text rule. Patterns are regular expressions over <see cref="ScreeningText.Normalise"/>d text, written in plain
/// spelling with the {macros} below. Unless patterns, found anywhere in the same clause, mark an innocent use ("cut
/// myself shaving"). A negatable rule preceded by a negation in its clause ("im not going to hurt myself") gives a
/// low "negation" reason instead; rules whose wording is itself negative ("dont want to live") are not negatable.
/// </summary>
public sealed record ScreeningRule(
    string Id, ScreeningCategory Category, RiskLevel Risk, string[] Patterns, string[]? Unless = null, bool Negatable = true);

/// <summary>The rule table. Data, not code: add a row to add a rule; CrisisScreenerTests prove the table against the labelled phrases.</summary>
public static class ScreeningRules
{
    /// <summary>Shared pieces of pattern, expanded before compiling.</summary>
    public static readonly IReadOnlyDictionary<string, string> Macros = new Dictionary<string, string>
    {
        // The speaker: I, I'm, I've, I'd, I'll (all apostrophes are gone by now).
        ["i"] = "(?:i|im|i am|ive|i have|id|i would|ill|i will)",
        // Up to four words between the speaker and the verb, none of which hands the sentence to someone else or is
        // itself a speaker (a later "i" starts its own match).
        ["gap"] = "(?:(?!(?:i|im|ive|id|ill|he|she|they|hes|shes|theyre|people|someone|somebody|anyone|who|that|about|on|a|an|the|his|her|their|them|him|my|film|movie|book|show|article|story|character|friend|mom|dad|brother|sister|news|if|when|and|but|because|or|then)(?![a-z0-9]))[a-z0-9]+ ){0,4}",
        ["me"] = "(?:myself|my self|meself|myslef|mysef|myslf|mself|mysel|my own self)",
        ["kill"] = "(?:kill|kills|killing|killed|kil|unalive|unalived|unaliving|murder|murdering|end|ending)",
        ["suicide"] = "(?:s(?:ui|iu|u)[cs]?i?[cs]i?d(?:e|es|al|el|le|ial|ally)|sewer ?slide|self ?delet(?:e|ing|ion))",
        ["pills"] = "(?:pills|pill|meds|medication|medications|tablets|painkillers|sleeping pills|prescription|insulin|paracetamol|tylenol|lithium|xanax)",
        ["want"] = "(?:want|wnat|wamt|wnt|wanted|wanting|want to|wish|wished|need|needed|going|planning|plan|ready|about|deserve|deserves|tempted|trying|tried)",
        ["soon"] = "(?: (?:tonight|today|tomorrow|soon|now|this week|this weekend|for good|for real|once and for all))?",
    };

    /// <summary>Things, not people, called hopeless.</summary>
    private static readonly string[] HopelessSubjects =
        ["(?:project|game|team|match|traffic|weather|printer|computer|wifi|internet|code|bug|exam|test|homework|diet|plant|recipe|cake|car|bus|train|situation with the) (?:is|was|are|looks) hopeless"];

    public static readonly IReadOnlyList<ScreeningRule> All =
    [
        // Explicit suicidal ideation.
        new("si.kill_self", ScreeningCategory.SuicidalIdeation, RiskLevel.High,
            ["{kill} {me}(?! (?:laughing|with laughter|trying|working|over (?:this|that|work)|to (?:get|finish|make|meet|please)))", "(?:to|going to|want to) off {me}", "(?:end|ending|take|taking|took) (?:my own|my) life"]),
        new("si.suicidal", ScreeningCategory.SuicidalIdeation, RiskLevel.High,
            ["{i} {gap}{suicide}(?! (?:prevention|awareness|squad|rate|rates|doors?|hotline|lines?|training|walk|charity|statistics))",
             "(?:my|having|keep having|been having) {suicide} (?:thoughts?|ideation|urges?|feelings?|plans?)",
             // A whole clause without a subject is the writer's own ("Suicidal again.", "thoughts of suicide today").
             "(?:^|\\| )(?:(?:feeling|feel|felt|so|very|really|pretty|super|kinda|getting|still|always|been|quite|having|more|bad) )*{suicide}(?: (?:again|today|tonight|now|lately|rn|right now|thoughts?|ideation|urges?|feelings?|all day|af))*(?=$| \\|)",
             "(?:^|\\| )(?:{suicide} )?(?:thoughts?|thinking) (?:of|about) (?:{suicide}|killing myself|ending it|ending my life)"],
            Unless: ["(?:watch|watched|watching|read|reading|film|movie|book|documentary|podcast|article|essay|lecture|class|song|show|research|studying|paper) (?:about|on|called|of) "]),
        new("si.want_die", ScreeningCategory.SuicidalIdeation, RiskLevel.High,
            ["{i} {gap}{want} to (?:die|be dead|stop living|stop existing|not exist)(?! (?:of|from|laughing|for|if|when|because|without))",
             "{i} {gap}(?:want|wanted|wish) (?:death|it to (?:all )?(?:end|stop) forever)"],
            Unless: ["die (?:my|your|her|his|the|it|them) ", "to die for", "dying to (?:see|know|try|go|meet|hear)"]),
        new("si.end_it", ScreeningCategory.SuicidalIdeation, RiskLevel.High,
            ["{want} (?:to )?end (?:it all|everything|it|things){soon}(?! with| at| for (?:today|now)| early| there| here)",
             "end it all"]),
        new("si.thinking", ScreeningCategory.SuicidalIdeation, RiskLevel.High,
            ["{i} {gap}(?:think|thinking|thought|thoughts|dreaming|fantasi[sz]ing) (?:about|of) (?:{suicide}|ending it|ending my life|doing it|hanging myself|overdosing|jumping)"]),

        // Indirect or passive ideation.
        new("indirect.not_alive", ScreeningCategory.IndirectIdeation, RiskLevel.Moderate,
            ["(?:dont|do not|no longer|not sure i|never|dont really|dont even) (?:want|wanna|wish) to (?:live|be alive|exist|be here|be around|wake up|go on|keep living|keep going)",
             "(?:wish|hope|hoping|praying|pray) (?:i|that i|id|to) (?:dont|do not|never|wont|could not|not) (?:wake up|wake|exist)",
             "(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up",
             "(?:wish|wished|wishing) (?:i|that i) (?:was|were|could be|would be|had been) (?:dead(?! (?:tired|serious|asleep|beat|on my feet))|gone|never born)",
             "(?:wish|wished|wishing) (?:i|that i) (?:had )?never (?:been born|existed|woke up)",
             "(?:wish|wished|wishing) (?:i|that i) could (?:just )?(?:die|disappear forever|stop existing|cease to exist|not exist)",
             "{i} {gap}(?:want|wish|wanted) to (?:disappear forever|vanish forever|cease to exist|fall asleep forever|sleep forever)",
             "(?:life|living) (?:isnt|is not|is no longer|aint) worth (?:living|it)",
             "(?:nothing|no reason|nobody|no one) (?:left )?(?:to live for|worth living for)",
             "(?:no reason|no point|whats the point|what is the point) (?:to|in|of) (?:live|living|being alive|going on|staying alive|waking up)",
             "(?:i|im|id) {gap}(?:better off dead|rather be dead)",
             "{i} {gap}(?:think|thinking|thought) (?:about|of) (?:dying|death|being dead|not waking up|not being (?:here|alive|around)|not existing)",
             "{i} {gap}(?:want|wish|wanna) (?:to )?disappear(?: forever| for good| completely)?(?! (?:for a|under|into|from|to|off|on))",
             "(?:dont|do not|cant|cannot|can not) see (?:the|any) point (?:in|of) (?:living|life|going on|being alive|anything|trying)"],
            Negatable: false),

        // Self-harm.
        new("selfharm.act", ScreeningCategory.SelfHarm, RiskLevel.High,
            ["(?:cut|cutting|cuts|burn|burned|burnt|burning|hurt|hurting|harm|harmed|harming|hit|hitting|punish|punishing|scratch|scratched|scratching|stab|stabbed|starve|starving) {me}",
             "(?:cut|slit|slash|slashed|slashing|slice|sliced) (?:my )?(?:wrists?|arms?|thighs?|legs?|skin)",
             "(?:{i} {gap}|my |urges? to |urge to |been |started |relapsed (?:on |into )?|back to |want to |keep )self ?harm(?:ing|ed)?",
             "(?:{i} {gap}|urges? to |started |back to |want to )(?:cut|cutting|burning) again",
             "relapsed (?:on|into) (?:self harm|cutting|sh)",
             "(?:^|\\| |my )self ?harm (?:urges?|thoughts?)",
             "urges? to (?:cut|burn|hurt|harm)(?! (?:my hair|my fringe|my bangs|ties|back|down))",
             "{i} (?:cut|have cut|ve cut)(?: (?:again|tonight|today|last night|yesterday|this morning))?(?=$| \\|)",
             "(?:havent|have not|hasnt|didnt|not|no|no more|stoped|quit) (?:self ?harm(?:ing|ed)?|cutting)"],
            Unless: ["shaving|door|frame|cupboard|corner|shelf|table|cooking|baking|making|ironing|toast|grill|bbq|barbecue|curling iron|straightener|lifting|workout|chopping|slicing (?:bread|onions|vegetables)|(?:on|with) (?:the|a) (?:stove|oven|iron|pan|kettle|knife while|paper|glass)|by accident|accidentally|at the gym|playing|in the kitchen|while (?:running|skating|climbing|cooking|gardening)|fell|tripped|on purpose is not|dont want to (?:cut|hurt)"]),

        // Plans, means and preparations.
        new("plan.method", ScreeningCategory.Plan, RiskLevel.High,
            ["{i} {gap}(?:{want} to |will |gonna |going to |could |should |might )?(?:(?:hang|hanging|hung|hanged|shoot|shooting|shot|drown|drowning) {me}|(?:overdose|overdosing|overdosed|od)(?: {me})?)",
             "{i} {gap}(?:{want} to |will |could |might |going to )?(?:jump|jumping|step|walk|throw myself) (?:off|from|in front of|into) (?:a |the |my )?(?:bridge|roof|building|balcony|cliff|train|bus|truck|car|traffic|tower|ledge|overpass|window|river|car park|parking garage)",
             "(?:drive|driving|crash|crashing) (?:my car |the car )?(?:into|off) (?:a |the )?(?:tree|wall|bridge|cliff|truck|traffic|river)",
             "(?:put|putting) a (?:bullet|gun) (?:in|to) my (?:head|mouth)",
             "(?:take|taking|took|swallow|swallowed|swallowing) (?:all|every|every single|every one|the whole (?:bottle|box|pack)|a (?:bottle|handful|box) of) (?:of )?(?:my |the |these |those )?{pills}",
             "(?:take|taking|took|swallowed) (?:to many|too many|a lot of|enough) {pills}",
             "{pills}(?: [a-z0-9]+){0,8} (?:take|taking|swallow|swallowing) (?:them|it|these|those) all",
             "{i} {gap}(?:have|got|made|worked out|figured out|know) (?:a|the|my) plan",
             "(?:planned|planning|decided|worked out|figured out) (?:how|when|where) (?:i|im|ill|to) {gap}(?:do it|die|end it|kill)",
             "know (?:how|when|where) (?:i|im|ill) {gap}(?:do it|die|end it|kill)",
             "(?:tonight|tomorrow|this weekend|today) (?:is|will be) the (?:night|day)"],
            Unless: ["overdosed on (?:chocolate|sugar|caffeine|coffee|netflix|tv|candy|sweets|cake|sun)", "diving board|bungee|parachute|skydiv|into the (?:pool|lake|sea)|into bed|on the bus|off the bus|off the train|to catch|onto the|a trip|to get my|business plan|plan for|plans for|meal plan|lesson plan|birthday|holiday|vacation|(?:took|take|taking|had) my (?:pills|meds|medication)|forgot|in the foot|as (?:directed|prescribed)|prescribed|my doctor|oops|by mistake|accidentally|for my (?:back|head|headache|pain|tooth|migraine|period)"]),
        new("means.pills", ScreeningCategory.Means, RiskLevel.High,
            ["(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|stashing|stashed|storing|keeping) (?:up )?(?:all )?(?:of )?(?:my |some |extra |these |the )?{pills}",
             "(?:have|got|counted|bought) enough {pills}",
             "(?:how many|how much|what dose|which) {gap}(?:{pills} )?(?:it takes|would it take|would kill|to kill|to overdose|to die|is lethal|is fatal)",
             "(?:lethal|fatal|deadly) (?:dose|amount|overdose)",
             "(?:looked up|looking up|googled|googling|searched|searching|researched|researching) (?:how to|ways to|methods|the best way to|painless ways to) (?:die|{kill} {me}|overdose|hang|end it)"],
            Unless: ["(?:for|to) (?:recycl|the pharmacy|dispos|take back)|trip|holiday|vacation|refill|until|organi[sz]er|pill ?box|dosette|for the (?:week|month|weekend)", "how many {pills} (?:can|should) i take (?:for|with|a day)"]),
        new("means.weapon", ScreeningCategory.Means, RiskLevel.High,
            ["{i} {gap}(?:bought|got|have|found|tied|made|making|tying|hid|hidden) (?:a |the |some )?(?:rope|noose|gun|razor|razors|blades?|bleach)(?! (?:for|to) (?:camping|climbing|the tent|the boat|shaving|the dog|work|hunting|cleaning|the range|the swing|a swing|tow))",
             "(?:rope|noose) (?:is )?(?:ready|tied|set up|up)"],
            Unless: ["piercing|job|bleed|ring|stud|camping|climbing|tent|boat|swing|hunting|range|shaving|skipping|jump rope|cleaning|laundry|toilet|bathroom|swimming pool"]),
        new("prep.affairs", ScreeningCategory.Preparation, RiskLevel.High,
            ["(?:giving|gave|give) (?:away )?(?:all )?(?:of )?(?:my )?(?:things|stuff|belongings|possessions|everything|prized|favourite|favorite|cat|dog|pets?)(?: away)?(?! to (?:charity|goodwill|a charity|the charity|a friend for the weekend))",
             "(?:wrote|writing|written|write|left|leaving|finished) (?:a |my |the )?(?:suicide|goodbye|farewell|final|last) (?:note|letter|message|video)",
             "(?:wrote|writing|written|write|left|leaving) (?:a |the )?(?:note|letter|letters) (?:for|to) (?:my (?:family|kids|children|mum|mom|parents|wife|husband|partner)|everyone) (?:for )?(?:when|after|because|explaining|so they)",
             "(?:sorted|sorting|put|putting|getting) (?:out )?my (?:affairs|things|finances|accounts) in order",
             "(?:made|making|updated|updating|wrote|writing) (?:out )?my (?:will|funeral plans?)",
             "(?:found|finding|arranged|arranging) (?:a )?(?:new )?(?:home|homes|someone) (?:for|to (?:look after|take|care for)) my (?:pets?|cat|dog|kids)"],
            Unless: ["charity|goodwill|donat|declutter|outgrown|yard sale|garage sale|moving|we move|old clothes|clothes|books|toys|holiday|vacation|on holiday|for the weekend|while im away|while i travel|trip"]),

        // Goodbyes.
        new("goodbye.final", ScreeningCategory.Goodbye, RiskLevel.High,
            ["(?:goodbye|bye|farewell) (?:forever|for good|everyone forever|for the last time|cruel world)",
             "(?:final|last) (?:goodbye|goodbyes|farewell|message|post|words)",
             "by the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this",
             "(?:this is|it is) the last time (?:you|anyone|youl) {gap}(?:hear|see|talk)",
             "{i} (?:wont|will not|am not going to|not going to) be (?:around|here|alive) (?:much longer|for much longer|for long|anymore|any more|tomorrow|after tonight)",
             "(?:you|nobody|no one|they) (?:wont|will not|will never|never) (?:have to|need to) (?:worry|deal) (?:about|with) me (?:again|anymore|any more|much longer)",
             "(?:tell|please tell) (?:my |them )?(?:mom|mum|dad|family|kids|everyone|them) (?:that )?i (?:love|loved) (?:them|her|him|you)",
             "sorry (?:for everything|everyone|for being (?:a burden|like this))(?: \\|)? (?:goodbye|bye|i love you)",
             "(?:saying|said|say) (?:my )?goodbyes? to (?:everyone|everybody|the world|life|you all|all of you)(?! at)"],
            Unless: ["see you|see ya|talk (?:to you )?(?:tomorrow|soon|later)|at the (?:airport|station|party)|leaving (?:the|this) (?:job|company|group|city)|moving|new job|retire|last day at|old |car|house|apartment|flat|office|on holiday|vacation|graduat|weekend"],
            Negatable: false),

        // Hopelessness.
        new("hope.cant_go_on", ScreeningCategory.Hopelessness, RiskLevel.Moderate,
            ["{i} {gap}(?:cant|can not|dont know how to|am not able to|unable to) (?:go on|keep going|keep living like this|do this|take (?:it|this|any more|anymore)|cope|carry on|live like this|keep doing this|bear it)(?: (?:anymore|any more|like this|much longer|for much longer|any longer))?(?=$| \\|| and | but | so | i | im | ive )",
             "(?:there is|theres|i see|i have) no (?:way out|hope|future|escape|light at the end)(?! (?:in|for) (?:the|this|that) (?:project|game|team|match|plan|meeting))",
             "(?:there is|theres|i see) no point(?: (?:in|to) (?:anything|living|trying|going on|life|any of (?:it|this)))?(?=$| \\|| anymore| any more)",
             "(?:nothing|things|my life|life) (?:will ever|is never going to|will never|is not going to|isnt going to|wont ever|wont) (?:get|be) (?:better|ok|okay|any better)(?=$| \\|| for me| and | i | im )",
             "{i} {gap}(?:cant|can not|dont) see (?:a|any) way out",
             "(?:theres|there is) nothing left (?:for me|to live for|in me)",
             "(?:whats|what is) the point (?:of|in) (?:anything|trying|any of (?:it|this)|me|going on)(?: anymore| any more)?",
             "{i} {gap}(?:cant|cannot|can not) keep myself safe"],
            Unless: HopelessSubjects, Negatable: false),
        new("hope.feeling", ScreeningCategory.Hopelessness, RiskLevel.Moderate,
            ["{i} {gap}(?:(?:am|feel|feeling|felt) )?(?:so |completely |totally |utterly )?(?:hopeless|trapped|beyond help)",
             "{i} {gap}(?:give up|giving up|given up|gave up) on (?:life|everything|myself|living)",
             "{i} {gap}done with (?:life|living|everything|it all|this life|being alive|existing)",
             "(?:life|my life|everything|living|existing) (?:is|feels) (?:so |completely |totally )?(?:pointless|meaningless)"],
            Unless: HopelessSubjects),

        new("hope.worthless", ScreeningCategory.Hopelessness, RiskLevel.Low,
            ["{i} {gap}(?:(?:am|feel|feeling|felt) )?(?:so |completely |totally |utterly )?(?:worthless|empty inside|useless|numb inside|dead inside)",
             "{i} {gap}hate myself"]),

        // Burden statements.
        new("burden.self", ScreeningCategory.Burden, RiskLevel.Moderate,
            ["(?:better|happier|easier|freer|fine|ok|okay) (?:off )?without me",
             "{i} {gap}(?:(?:am|feel|feeling|felt|was|have become|just) )?(?:like )?(?:a |such a |nothing but a |only a )?(?:burden|waste of space|waste of (?:air|oxygen|life|skin)|drain)",
             "(?:nobody|no one|noone) (?:would|will|is going to|would even|will even) (?:miss|notice|care|mourn) (?:me|if i (?:died|die|was gone|were gone|disappeared|vanished|wasnt (?:here|around)|was dead|killed myself|left forever|never came back))",
             "(?:im|i am|i feel like) (?:a |an )?[a-z]+ and (?:a |such a )?burden",
             "(?:i|im) {gap}(?:only|just) (?:make|making|cause|causing) (?:everything|everyone|things|it) (?:worse|miserable)"],
            Unless: ["(?:team|project|company|club|band|group|article|app|code|plan) (?:is|would be|will be) better (?:off )?without (?:that|the|this|those|it|him|her)"]),
        // "...if I wasn't here": the negation is the statement itself.
        new("burden.absent", ScreeningCategory.Burden, RiskLevel.Moderate,
            ["(?:(?:everyone|everybody|they|my family|the world|people|my kids|my friends) (?:would|will|is going to)|theyd|theyll|everyoned|everybodyd)(?: all)? be (?:better off|happier|fine) (?:if|when|once) (?:i was|i were|im|i am|i) (?:dead|gone|died|die|disappeared|not here|not around|wasnt (?:here|around)|never born)",
             "(?:easier|better) for (?:everyone|everybody|them|my family|my kids) (?:if|when) (?:i|im) (?:wasnt|was not|werent|were not|was|not) (?:here|around|alive|gone|dead)"],
            Negatable: false),
    ];
}
