// @generated from AWS::WorkSpacesWeb::DataProtectionSettings (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WorkSpacesWeb::DataProtectionSettings` and its property types.

/// Definition of AWS::WorkSpacesWeb::DataProtectionSettings Resource Type
///
/// CloudFormation type `AWS::WorkSpacesWeb::DataProtectionSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataProtectionSettings {
    props: ::forma_core::schema::Props,
}
impl DataProtectionSettings {
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
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DisplayName`.
    ///
    /// Allowed: length 1 to 64.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InlineRedactionConfiguration`.
    #[track_caller]
    pub fn inline_redaction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InlineRedactionConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for DataProtectionSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DataProtectionSettings {
    type Attributes = DataProtectionSettingsAttributes;
    fn type_name(&self) -> &str {
        "AWS::WorkSpacesWeb::DataProtectionSettings"
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
/// The attributes of a `AWS::WorkSpacesWeb::DataProtectionSettings` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataProtectionSettingsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataProtectionSettingsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataProtectionSettingsAttributes {
    /// `Fn::GetAtt` `AssociatedPortalArns`.
    pub fn associated_portal_arns(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "AssociatedPortalArns")
    }
    /// `Fn::GetAtt` `CreationDate`.
    pub fn creation_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationDate")
    }
    /// `Fn::GetAtt` `DataProtectionSettingsArn`.
    pub fn data_protection_settings_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataProtectionSettingsArn")
    }
}

/// The `InlineRedactionConfiguration` property type of `AWS::WorkSpacesWeb::DataProtectionSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineRedactionConfiguration {
    props: ::forma_core::schema::Props,
}
impl InlineRedactionConfiguration {
    /// A new value with its required properties: `InlineRedactionPatterns`.
    pub fn new(
        inline_redaction_patterns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InlineRedactionPattern>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, inline_redaction_patterns.into().into_expr());
        Self { props }
    }
    /// `GlobalConfidenceLevel`.
    ///
    /// Allowed: 1 to 3.
    pub fn global_confidence_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `GlobalEnforcedUrls`.
    pub fn global_enforced_urls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `GlobalExemptUrls`.
    pub fn global_exempt_urls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InlineRedactionConfiguration> for ::forma_core::Value<InlineRedactionConfiguration> {
    fn from(v: InlineRedactionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INLINE_REDACTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::WorkSpacesWeb::DataProtectionSettings`.
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

/// The `InlineRedactionPattern` property type of `AWS::WorkSpacesWeb::DataProtectionSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineRedactionPattern {
    props: ::forma_core::schema::Props,
}
impl InlineRedactionPattern {
    /// A new value with its required properties: `RedactionPlaceHolder`.
    pub fn new(redaction_place_holder: impl ::std::convert::Into<::forma_core::Value<RedactionPlaceHolder>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, redaction_place_holder.into().into_expr());
        Self { props }
    }
    /// `BuiltInPatternId`.
    ///
    /// Allowed: length 1 to 50.
    pub fn built_in_pattern_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ConfidenceLevel`.
    ///
    /// Allowed: 1 to 3.
    pub fn confidence_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CustomPattern`.
    pub fn custom_pattern(mut self, value: impl ::std::convert::Into<::forma_core::Value<CustomPattern>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EnforcedUrls`.
    pub fn enforced_urls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ExemptUrls`.
    pub fn exempt_urls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InlineRedactionPattern> for ::forma_core::Value<InlineRedactionPattern> {
    fn from(v: InlineRedactionPattern) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INLINE_REDACTION_PATTERN_TYPE.properties))
    }
}

/// The `CustomPattern` property type of `AWS::WorkSpacesWeb::DataProtectionSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomPattern {
    props: ::forma_core::schema::Props,
}
impl CustomPattern {
    /// A new value with its required properties: `PatternName`, `PatternRegex`.
    pub fn new(
        pattern_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        pattern_regex: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, pattern_name.into().into_expr());
        props.set(3, pattern_regex.into().into_expr());
        Self { props }
    }
    /// `KeywordRegex`.
    ///
    /// Allowed: length 0 to 300.
    pub fn keyword_regex(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PatternDescription`.
    ///
    /// Allowed: length 1 to 256.
    pub fn pattern_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomPattern> for ::forma_core::Value<CustomPattern> {
    fn from(v: CustomPattern) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_PATTERN_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CustomText`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RedactionPlaceHolderType {
    /// `CustomText`
    CustomText,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RedactionPlaceHolderType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomText => "CustomText",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CustomText"]
    }
}
impl ::std::convert::From<RedactionPlaceHolderType> for ::forma_core::Value<RedactionPlaceHolderType> {
    fn from(v: RedactionPlaceHolderType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RedactionPlaceHolderType {}

/// The `RedactionPlaceHolder` property type of `AWS::WorkSpacesWeb::DataProtectionSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct RedactionPlaceHolder {
    props: ::forma_core::schema::Props,
}
impl RedactionPlaceHolder {
    /// A new value with its required properties: `RedactionPlaceHolderType`.
    pub fn new(redaction_place_holder_type: impl ::forma_core::schema::EnumArg<RedactionPlaceHolderType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, redaction_place_holder_type.into_enum_expr());
        Self { props }
    }
    /// `RedactionPlaceHolderText`.
    ///
    /// Allowed: length 1 to 20.
    pub fn redaction_place_holder_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RedactionPlaceHolder> for ::forma_core::Value<RedactionPlaceHolder> {
    fn from(v: RedactionPlaceHolder) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDACTION_PLACE_HOLDER_TYPE.properties))
    }
}

/// The schema of `AWS::WorkSpacesWeb::DataProtectionSettings`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WorkSpacesWeb::DataProtectionSettings",
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
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ _\\-\\d\\w]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ _\\-\\d\\w]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "InlineRedactionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INLINE_REDACTION_CONFIGURATION_TYPE),
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
    ],
    rules: &[],
    attributes: &["AssociatedPortalArns", "CreationDate", "DataProtectionSettingsArn"],
};

static INLINE_REDACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::WorkSpacesWeb::DataProtectionSettings.InlineRedactionConfiguration",
properties: &[
::forma_core::schema::Property { name: "GlobalConfidenceLevel", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(3.0) }) },
::forma_core::schema::Property { name: "GlobalEnforcedUrls", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((([a-zA-Z][a-zA-Z0-9+.-]*):\\/\\/(\\*|[\\w%._\\-\\+~#=@]+)?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?)|(\\*|[\\w%._\\-\\+~#=@]+\\.[\\w%._\\-\\+~#=@]+)(?::(\\d{1,5}))?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(\\/\\/)?\\*))$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) }) },
::forma_core::schema::Property { name: "GlobalExemptUrls", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((([a-zA-Z][a-zA-Z0-9+.-]*):\\/\\/(\\*|[\\w%._\\-\\+~#=@]+)?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?)|(\\*|[\\w%._\\-\\+~#=@]+\\.[\\w%._\\-\\+~#=@]+)(?::(\\d{1,5}))?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(\\/\\/)?\\*))$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) }) },
::forma_core::schema::Property { name: "InlineRedactionPatterns", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&INLINE_REDACTION_PATTERN_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(150) }) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesWeb::DataProtectionSettings.Tag",
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

static INLINE_REDACTION_PATTERN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::WorkSpacesWeb::DataProtectionSettings.InlineRedactionPattern",
properties: &[
::forma_core::schema::Property { name: "BuiltInPatternId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[_\\-\\d\\w]+$"), min_length: Some(1), max_length: Some(50) }) },
::forma_core::schema::Property { name: "ConfidenceLevel", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(3.0) }) },
::forma_core::schema::Property { name: "CustomPattern", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CUSTOM_PATTERN_TYPE) },
::forma_core::schema::Property { name: "EnforcedUrls", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((([a-zA-Z][a-zA-Z0-9+.-]*):\\/\\/(\\*|[\\w%._\\-\\+~#=@]+)?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?)|(\\*|[\\w%._\\-\\+~#=@]+\\.[\\w%._\\-\\+~#=@]+)(?::(\\d{1,5}))?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(\\/\\/)?\\*))$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) }) },
::forma_core::schema::Property { name: "ExemptUrls", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((([a-zA-Z][a-zA-Z0-9+.-]*):\\/\\/(\\*|[\\w%._\\-\\+~#=@]+)?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?)|(\\*|[\\w%._\\-\\+~#=@]+\\.[\\w%._\\-\\+~#=@]+)(?::(\\d{1,5}))?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(\\/\\/)?\\*))$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) }) },
::forma_core::schema::Property { name: "RedactionPlaceHolder", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&REDACTION_PLACE_HOLDER_TYPE) },
],
rules: &[],
};

static CUSTOM_PATTERN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesWeb::DataProtectionSettings.CustomPattern",
    properties: &[
        ::forma_core::schema::Property {
            name: "KeywordRegex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\/((?:[^\\n])+)\\/([gimsuyvd]{0,8})$"),
                min_length: Some(0),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "PatternDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ _\\-\\d\\w]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "PatternName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[_\\-\\d\\w]+$"),
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "PatternRegex",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\/((?:[^\\n])+)\\/([gimsuyvd]{0,8})$"),
                min_length: Some(0),
                max_length: Some(300),
            }),
        },
    ],
    rules: &[],
};

static REDACTION_PLACE_HOLDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesWeb::DataProtectionSettings.RedactionPlaceHolder",
    properties: &[
        ::forma_core::schema::Property {
            name: "RedactionPlaceHolderText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[*_\\-\\d\\w]+$"),
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "RedactionPlaceHolderType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CustomText"]),
        },
    ],
    rules: &[],
};
