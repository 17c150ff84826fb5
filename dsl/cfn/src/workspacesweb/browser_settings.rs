// @generated from AWS::WorkSpacesWeb::BrowserSettings (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WorkSpacesWeb::BrowserSettings` and its property types.

/// Definition of AWS::WorkSpacesWeb::BrowserSettings Resource Type
///
/// CloudFormation type `AWS::WorkSpacesWeb::BrowserSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct BrowserSettings {
    props: ::forma_core::schema::Props,
}
impl BrowserSettings {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdditionalEncryptionContext`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn additional_encryption_context(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BrowserPolicy`.
    ///
    /// Allowed: length 2 to 131072.
    #[track_caller]
    pub fn browser_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomerManagedKey`.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn customer_managed_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WebContentFilteringPolicy`.
    #[track_caller]
    pub fn web_content_filtering_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WebContentFilteringPolicy>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for BrowserSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for BrowserSettings {
    type Attributes = BrowserSettingsAttributes;
    fn type_name(&self) -> &str {
        "AWS::WorkSpacesWeb::BrowserSettings"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::WorkSpacesWeb::BrowserSettings` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BrowserSettingsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BrowserSettingsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BrowserSettingsAttributes {
    /// `Fn::GetAtt` `AssociatedPortalArns`.
    pub fn associated_portal_arns(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "AssociatedPortalArns")
    }
    /// `Fn::GetAtt` `BrowserSettingsArn`.
    pub fn browser_settings_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BrowserSettingsArn")
    }
}

/// The `Tag` property type of `AWS::WorkSpacesWeb::BrowserSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Cults`, `Gambling`, `Nudity`, `Pornography`, `SexEducation`, `Tasteless`, `Violence`, `DownloadSites`, `ImageSharing`, `PeerToPeer`, `StreamingMediaAndDownloads`, `GenerativeAI`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Category {
    /// `Cults`
    Cults,
    /// `Gambling`
    Gambling,
    /// `Nudity`
    Nudity,
    /// `Pornography`
    Pornography,
    /// `SexEducation`
    SexEducation,
    /// `Tasteless`
    Tasteless,
    /// `Violence`
    Violence,
    /// `DownloadSites`
    DownloadSites,
    /// `ImageSharing`
    ImageSharing,
    /// `PeerToPeer`
    PeerToPeer,
    /// `StreamingMediaAndDownloads`
    StreamingMediaAndDownloads,
    /// `GenerativeAI`
    GenerativeAi,
    /// `CriminalActivity`
    CriminalActivity,
    /// `Hacking`
    Hacking,
    /// `HateAndIntolerance`
    HateAndIntolerance,
    /// `IllegalDrug`
    IllegalDrug,
    /// `IllegalSoftware`
    IllegalSoftware,
    /// `SchoolCheating`
    SchoolCheating,
    /// `SelfHarm`
    SelfHarm,
    /// `Weapons`
    Weapons,
    /// `Chat`
    Chat,
    /// `Games`
    Games,
    /// `InstantMessaging`
    InstantMessaging,
    /// `ProfessionalNetwork`
    ProfessionalNetwork,
    /// `SocialNetworking`
    SocialNetworking,
    /// `WebBasedEmail`
    WebBasedEmail,
    /// `ParkedDomains`
    ParkedDomains,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Category {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cults => "Cults",
            Self::Gambling => "Gambling",
            Self::Nudity => "Nudity",
            Self::Pornography => "Pornography",
            Self::SexEducation => "SexEducation",
            Self::Tasteless => "Tasteless",
            Self::Violence => "Violence",
            Self::DownloadSites => "DownloadSites",
            Self::ImageSharing => "ImageSharing",
            Self::PeerToPeer => "PeerToPeer",
            Self::StreamingMediaAndDownloads => "StreamingMediaAndDownloads",
            Self::GenerativeAi => "GenerativeAI",
            Self::CriminalActivity => "CriminalActivity",
            Self::Hacking => "Hacking",
            Self::HateAndIntolerance => "HateAndIntolerance",
            Self::IllegalDrug => "IllegalDrug",
            Self::IllegalSoftware => "IllegalSoftware",
            Self::SchoolCheating => "SchoolCheating",
            Self::SelfHarm => "SelfHarm",
            Self::Weapons => "Weapons",
            Self::Chat => "Chat",
            Self::Games => "Games",
            Self::InstantMessaging => "InstantMessaging",
            Self::ProfessionalNetwork => "ProfessionalNetwork",
            Self::SocialNetworking => "SocialNetworking",
            Self::WebBasedEmail => "WebBasedEmail",
            Self::ParkedDomains => "ParkedDomains",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "Cults",
            "Gambling",
            "Nudity",
            "Pornography",
            "SexEducation",
            "Tasteless",
            "Violence",
            "DownloadSites",
            "ImageSharing",
            "PeerToPeer",
            "StreamingMediaAndDownloads",
            "GenerativeAI",
            "CriminalActivity",
            "Hacking",
            "HateAndIntolerance",
            "IllegalDrug",
            "IllegalSoftware",
            "SchoolCheating",
            "SelfHarm",
            "Weapons",
            "Chat",
            "Games",
            "InstantMessaging",
            "ProfessionalNetwork",
            "SocialNetworking",
            "WebBasedEmail",
            "ParkedDomains",
        ]
    }
}
impl ::std::convert::From<Category> for ::forma_core::Value<Category> {
    fn from(v: Category) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Category {}

/// The `WebContentFilteringPolicy` property type of `AWS::WorkSpacesWeb::BrowserSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebContentFilteringPolicy {
    props: ::forma_core::schema::Props,
}
impl WebContentFilteringPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllowedUrls`.
    pub fn allowed_urls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BlockedCategories`.
    pub fn blocked_categories(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Category>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BlockedUrls`.
    pub fn blocked_urls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WebContentFilteringPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WebContentFilteringPolicy> for ::forma_core::Value<WebContentFilteringPolicy> {
    fn from(v: WebContentFilteringPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEB_CONTENT_FILTERING_POLICY_TYPE.properties))
    }
}

/// The schema of `AWS::WorkSpacesWeb::BrowserSettings`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WorkSpacesWeb::BrowserSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalEncryptionContext",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[\\s\\S]*$"),
                    min_length: Some(0),
                    max_length: Some(131072),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "BrowserPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\{[\\S\\s]*\\}\\s*$"),
                min_length: Some(2),
                max_length: Some(131072),
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomerManagedKey",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w+=\\/,.@-]+:kms:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:key\\/[a-zA-Z0-9-]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WebContentFilteringPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEB_CONTENT_FILTERING_POLICY_TYPE),
        },
    ],
    rules: &[],
    attributes: &["AssociatedPortalArns", "BrowserSettingsArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesWeb::BrowserSettings.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static WEB_CONTENT_FILTERING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::WorkSpacesWeb::BrowserSettings.WebContentFilteringPolicy",
properties: &[
::forma_core::schema::Property { name: "AllowedUrls", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((([a-zA-Z][a-zA-Z0-9+.-]*):\\/\\/(\\*|[\\w%._\\-\\+~#=@]+)?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?)|(\\*|[\\w%._\\-\\+~#=@]+\\.[\\w%._\\-\\+~#=@]+)(?::(\\d{1,5}))?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(\\/\\/)?\\*))$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1000) }) },
::forma_core::schema::Property { name: "BlockedCategories", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["Cults", "Gambling", "Nudity", "Pornography", "SexEducation", "Tasteless", "Violence", "DownloadSites", "ImageSharing", "PeerToPeer", "StreamingMediaAndDownloads", "GenerativeAI", "CriminalActivity", "Hacking", "HateAndIntolerance", "IllegalDrug", "IllegalSoftware", "SchoolCheating", "SelfHarm", "Weapons", "Chat", "Games", "InstantMessaging", "ProfessionalNetwork", "SocialNetworking", "WebBasedEmail", "ParkedDomains"]), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) }) },
::forma_core::schema::Property { name: "BlockedUrls", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((([a-zA-Z][a-zA-Z0-9+.-]*):\\/\\/(\\*|[\\w%._\\-\\+~#=@]+)?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?)|(\\*|[\\w%._\\-\\+~#=@]+\\.[\\w%._\\-\\+~#=@]+)(?::(\\d{1,5}))?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(\\/\\/)?\\*))$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1000) }) },
],
rules: &[],
};
