/**
 * The v2 → v3 table as data, generated from Euler's v2 schema
 * (@eulerstream/euler-websocket-sdk 0.0.6) and tiktok-live-proto 0.2.4's
 * v3 schema by `pnpm --filter @tiktok-live-rx/protocol-conformance generate:table`.
 * Do not edit by hand: change the generator (packages/protocol-conformance) and
 * re-run it. `messageSpecs.ts` reads and compiles it at first use, struct by
 * struct; the differential test checks it.
 *
 * Structs are separated by `;`, a struct's index being its position. Per
 * struct (the comment names Euler's v2 struct, `>V3Name` when it maps to
 * several; structs with the same rules all the way down are merged), in the
 * grammar of `messageTableTypes.ts`:
 * - renames `v2>v3` (same number, compatible type); `v2^v3` when v3 uses the
 *   v2 name for a different field of the same struct: renamed only on objects
 *   that are certainly v2 (a v2-only renamed key present, no rename target
 *   present), so v3 input is never renamed twice;
 * - converters `:c` of the v3 field: `s` (int32 → int64: number → decimal
 *   string), `n` (int64 → int32), `l` (string → one-element list), a struct
 *   index (apply that struct's rules), `*c` / `%c` (each element / map value),
 *   `@key/value/keyAs/of` (v2 map `{[k]: v}` → v3 repeated `{key, value}`
 *   under v3's two field names).
 * Fields and structs not named here need nothing and pass through unchanged.
 */
import type { NamedStruct } from './messageTableTypes.js';

/** The struct (index in {@link STRUCTS}) of each covered wire type. */
export const MESSAGE_TYPES: Readonly<Record<string, number>> = {
  "WebcastChatMessage": 53,
  "WebcastGiftMessage": 60,
  "WebcastLikeMessage": 74,
  "WebcastMemberMessage": 83,
  "WebcastSocialMessage": 89,
  "WebcastRoomUserSeqMessage": 87,
  "WebcastControlMessage": 54,
  "WebcastSubNotifyMessage": 91,
  "WebcastEmoteChatMessage": 57,
  "WebcastEnvelopeMessage": 58,
  "WebcastQuestionNewMessage": 85,
  "WebcastLinkMicBattle": 76,
  "WebcastLinkMicArmies": 75
};

/** The structs core's structural specs name (index in {@link STRUCTS}). */
export const NAMED_STRUCTS: Readonly<Record<NamedStruct, number>> = {
  "CommonMessageData": 15,
  "EmoteImage": 18,
  "Image": 27,
  "ImageModel": 28,
  "Text": 35,
  "User": 39
};

/** Every struct that needs a rename or a conversion (directly or below it), encoded, separated by `;`. */
export const STRUCTS: string =
  /* 0 BadgeStruct */ "badgeDisplayType>displayType,badgePriorityType>priorityType,badgeScene>sceneType,schemaUrl>openweburl,logExtra>privilegeLogExtra,image:5,text:9,str:9,combine:2" +
  /* 1 BadgeStruct_ArrowConfig */ ";icon:27" +
  /* 2 BadgeStruct_CombineBadge */ ";badgeDisplayType>displayType,bgAutoMirrored>backgroundAutoMirrored,rankListOnlineAudienceShowStyle>ranklistOnlineAudienceShowStyle,icon:27,text:9,profileCardPanel:7,background:3,backgroundDarkMode:3,arrowConfig:1" +
  /* 3 BadgeStruct_CombineBadgeBackground */ ";image:27" +
  /* 4 BadgeStruct_IconConfig */ ";icon:27,background:3" +
  /* 5 BadgeStruct_ImageBadge */ ";badgeDisplayType>displayType,image:27" +
  /* 6 BadgeStruct_NumberConfig */ ";background:3" +
  /* 7 BadgeStruct_ProfileCardPanel */ ";projectionConfig:1,profileContent:8" +
  /* 8 BadgeStruct_ProfileContent */ ";iconList:*4,numberConfig:6" +
  /* 9 BadgeStruct_StringBadge */ ";badgeDisplayType>displayType" +
  /* 10 BattleSetting */ ";giftModeMeta:24" +
  /* 11 BattleTeamUserArmies */ ";teamUsers>teamUser,userArmies:12" +
  /* 12 BattleUserArmies */ ";userArmy>userArmies:*13,hostScore>hostscore" +
  /* 13 BattleUserArmy */ ";avatarThumb:27" +
  /* 14 BorderInfo */ ";borderLogExtra>borderPrivilegeLogExtra,ribbonLogExtra>profilePrivilegeLogExtra,icon:27,profileDecorationRibbon:27" +
  /* 15 CommonMessageData */ ";filterMsgTagsList>filterMsgTags,displayText:35" +
  /* 16 Emote */ ";image:27,emoteUploadInfo:19" +
  /* 17 EmoteDetails */ ";image:18" +
  /* 18 EmoteImage */ ";imageUrl>urlList:l" +
  /* 19 Emote_EmoteUploadInfo */ ";userInfo:39" +
  /* 20 FansClubData */ ";badge:21" +
  /* 21 FansClubData_UserBadge */ ";icons:%27" +
  /* 22 FansClubMember */ ";data:20,preferData:%20" +
  /* 23 Gift */ ";giftImage>image:27,forLinkMic>forLinkmic,giftType>type,giftName>name,giftLabelIcon:27,icon:27,previewImage:27,giftPanelBanner:25" +
  /* 24 GiftModeMeta */ ";giftIconImage:27,giftModeDesc:35" +
  /* 25 Gift_GiftPanelBanner */ ";bgColors>bgColorValues,displayText:35,leftIcon:27,bgImage:27" +
  /* 26 GradeIcon */ ";icon:27,iconDiamond:n,level:n" +
  /* 27 Image */ ";url>urlList,mUri>uri,schema>openWebUrl" +
  /* 28 ImageModel */ ";mUrls>urlList,mUri>uri,schema>openWebUrl" +
  /* 29 PublicAreaCommon */ ";userLabel:27" +
  /* 30 PublicAreaMessageCommon */ ";creatorSuccessInfo:31" +
  /* 31 PublicAreaMessageCommon_CreatorSuccessInfo */ ";tags:*32,topic:33" +
  /* 32 PublicAreaMessageCommon_TagItem */ ";tagText:35" +
  /* 33 PublicAreaMessageCommon_Topic */ ";topicText:35,topicTips:35" +
  /* 34 SpecifiedDisplayText */ ";displayText:35" +
  /* 35 Text */ ";displayType>key,piecesList>pieces:*36" +
  /* 36 Text_TextPiece */ ";userValue:38,giftValue:37" +
  /* 37 Text_TextPieceGift */ ";giftId:s" +
  /* 38 Text_TextPieceUser */ ";user:39" +
  /* 39 User */ ";userId>id,profilePicture>avatarThumb:27,profilePictureMedium>avatarMedium:27,profilePictureLarge>avatarLarge:27,userHonor>payGrade:40,userBadges>realTimeIcons:*27,newUserBadges>newRealTimeIcons:*27,fanTicketCount^ticketCount,uniqueId>displayId,enableShowCommerceSale>withCommercePermission,payScores^deprecated21,anchorLevel^webcastAnchorLevel:42,authorInfo>authorStats,rewardInfo>activityReward:41,borders>borderList:*14,badges>badgeList:*0,backgroundImgUrl>bgImgUrl,enableCarManagementPermission>withCarManagementPermission,badgeImageList:*27,fansClub:22,border:14,avatarBorder:27,medal:27,ownRoom:50,topFans:*39,personalCard:27,authenticationInfo:43,mediaBadgeImageList:*27,comboBadgeInfo:1,subscribeInfo:52,fansClubInfo:48,avatarJpg:27,upcomingEventList:*49,ecommerceEntrance:44" +
  /* 40 UserHonor */ ";totalDiamond>deprecated20,currentHonorName>name,currentHonorIcon>icon:27,nextHonorName>nextName,nextHonorIcon>nextIcon:27,currentDiamond>deprecated23,thisGradeMinDiamond>deprecated24,thisGradeMaxDiamond>deprecated25,profileDialogBg>background:27,profileDialogBackBg>backgroundBack:27,diamondIcon:27,gradeIconList:*26,imIcon:27,imIconWithLevel:27,liveIcon:27,newImIconWithLevel:27,newLiveIcon:27" +
  /* 41 User_ActivityInfo */ ";badge:27,storytag:27" +
  /* 42 User_AnchorLevel */ ";level:n,profileDialogBg:27,profileDialogBgBack:27,stageLevel:27,smallIcon:27" +
  /* 43 User_AuthenticationInfo */ ";authenticationBadge:27" +
  /* 44 User_EcommerceEntrance */ ";shopEntranceInfo:45" +
  /* 45 User_EcommerceEntrance_ShopEntranceInfo */ ";storeLabel:46" +
  /* 46 User_EcommerceEntrance_ShopEntranceInfo_StoreLabel */ ";officialLabel:47" +
  /* 47 User_EcommerceEntrance_ShopEntranceInfo_StoreLabel_StoreOfficialLabel */ ";labelType:n" +
  /* 48 User_FansClubInfo */ ";badge:27" +
  /* 49 User_LiveEventInfo */ ";payMethod:n" +
  /* 50 User_OwnRoom */ ";roomIdsList>roomIds,roomIdsStrList>roomIdsStr" +
  /* 51 User_SubscribeBadge */ ";originImg:27,previewImg:27" +
  /* 52 User_SubscribeInfo */ ";badge:51,subscriberCount:n" +
  /* 53 WebcastChatMessage */ ";comment>content,background>backgroundImage:28,communityflaggedStatus>communityFlaggedStatus,common:15,user:39,backgroundImageV2:28,publicAreaCommon:29,giftImage:28,atUser:39,emotes:*90,publicAreaMessageCommon:30" +
  /* 54 WebcastControlMessage */ ";common:15,extra:55,perceptionDialog:56,perceptionAudienceText:35,floatText:35" +
  /* 55 WebcastControlMessage_Extra */ ";title:35,violationReason:35,content:35,gotItButton:35,banDetailButton:35" +
  /* 56 WebcastControlMessage_PerceptionDialogInfo */ ";title:35,subTitle:35,adviceActionText:35,defaultActionText:35" +
  /* 57 WebcastEmoteChatMessage */ ";common:15,user:39,emoteList:*16" +
  /* 58 WebcastEnvelopeMessage */ ";common:15,envelopeInfo:59" +
  /* 59 WebcastEnvelopeMessage_EnvelopeInfo */ ";sendUserAvatar:27" +
  /* 60 WebcastGiftMessage */ ";giftDetails>gift:23,mTrayInfo>trayInfo:69,giftExtra>monitorInfo:68,common:15,giftId:s,user:39,fanTicketCount:n,toUser:39,textEffect:72,priority:67,publicAreaCommon:29,trayDisplayText:35,displayTextForAnchor:35,displayTextForAudience:35,giftsInBox:70,flyingMicResources:65,asset:61,flyingMicResourcesV2:65,publicAreaMessageCommon:30" +
  /* 61 WebcastGiftMessage_AssetsModel */ ";resourceModel>resourceUrl,lokiExtraContent>lokiContent:63,resourceByteVC1Model>resourceBytevc1Url,faceRecognitionArchiveMeta:62" +
  /* 62 WebcastGiftMessage_AssetsModel_FaceRecognitionMeta */ ";requirements>requirement" +
  /* 63 WebcastGiftMessage_AssetsModel_LokiExtraContent */ ";ismultiFrame>shouldMultiFrame,befViewRenderFPS>befViewRenderFps,befViewRenderSize:64" +
  /* 64 WebcastGiftMessage_AssetsModel_LokiExtraContent_BEFViewRenderSize */ ";with>w,height>h" +
  /* 65 WebcastGiftMessage_FlyingMicResources */ ";pathImage:27,micImage:27,transitionConfigs:*66" +
  /* 66 WebcastGiftMessage_FlyingMicResources_TransitionConfig */ ";resourceImage:27" +
  /* 67 WebcastGiftMessage_GiftIMPriority */ ";queueSizesList>queueSizes,priority:n" +
  /* 68 WebcastGiftMessage_GiftMonitorInfo */ ";profitApiMessageDur>profitapiMessageDur,sendProfitApiDur>sendProfitapiDur" +
  /* 69 WebcastGiftMessage_GiftTrayInfo */ ";mDynamicImg>trayDynamicImg:27,trayNormalBgImg:27,traySmallBgImg:27,rightTagText:35,rightTagBgImg:27" +
  /* 70 WebcastGiftMessage_GiftsBoxInfo */ ";gifts>giftsInfoInBox:*71" +
  /* 71 WebcastGiftMessage_GiftsBoxInfo_GiftInfoInBox */ ";asset:61" +
  /* 72 WebcastGiftMessage_TextEffect */ ";portraitDetail>portrait:73,landscapeDetail>landscape:73" +
  /* 73 WebcastGiftMessage_TextEffect_Detail */ ";text:35,background:27" +
  /* 74 WebcastLikeMessage */ ";likeCount>count,totalLikeCount>total:s,common:15,user:39,icons:*27,specifiedDisplayText:*34,publicAreaMessageCommon:30" +
  /* 75 WebcastLinkMicArmies */ ";battleItems>armies:%12,giftSentTime>sendGiftSuccessTime,scoreUpdateTime>updateBattleScoreTime,battleStatus>triggerReason,gifIconImage>giftIconImage:27,common:15,teamArmies:*11,battleSettings:10" +
  /* 76 WebcastLinkMicBattle */ ";battleSetting>battleSettings:10,mBattleDisplayConfig>fuzzyDisplayConfig,anchorInfo>anchorsInfo:@key/value//79,battleCombos>battleComboV2,teamUsers>teamMember:*82,inviteeGiftPermissionTypes>inviteesGiftPermissionType,abtestSettings>abTestSetting:*77,common:15,armies:@key/value//12,supportedActions:*81,teamBattleResult:*78,teamArmies:*11" +
  /* 77 WebcastLinkMicBattle_BattleABTestSetting */ ";uid>key,abTestList>value" +
  /* 78 WebcastLinkMicBattle_BattleTeamResult */ ";teamUsers>teamUser" +
  /* 79 WebcastLinkMicBattle_BattleUserInfo */ ";user:13,tags:*80" +
  /* 80 WebcastLinkMicBattle_BattleUserInfo_BattleRivalTag */ ";bgImage:27,iconImage:27" +
  /* 81 WebcastLinkMicBattle_SupportedActionsWrapper */ ";actionType>key" +
  /* 82 WebcastLinkMicBattle_TeamUsersInfo */ ";userIds>userId" +
  /* 83 WebcastMemberMessage */ ";common:15,user:39,operator:39,rankScore:n,topUserNo:n,enterType:n,enterEffectConfig:84,backgroundImage:27,backgroundImageV2:27,anchorDisplayText:35,publicAreaMessageCommon:30" +
  /* 84 WebcastMemberMessage_EffectConfig */ ";type:n,icon:27,text:35,badge:27" +
  /* 85 WebcastQuestionNewMessage */ ";details>data:86,common:15" +
  /* 86 WebcastQuestionNewMessage_Question */ ";questionText>content,user:39" +
  /* 87 WebcastRoomUserSeqMessage */ ";viewerCount>total:s,ranksList>ranks:*88,seatsList>seats:*88,common:15,totalUser:s" +
  /* 88 WebcastRoomUserSeqMessage_Contributor */ ";coinCount>score:s,user:39,rank:s" +
  /* 89 WebcastSocialMessage */ ";common:15,user:39,followCount:s,publicAreaMessageCommon:30" +
  /* 90 WebcastSubEmote */ ";placeInComment>index,emote:17" +
  /* 91 WebcastSubNotifyMessage */ ";subscribeMessageType>messageType,common:15,user:39,publicAreaMessageCommon:30";
