// @generated from AWS::HealthLake::DataTransformationProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::HealthLake::DataTransformationProfile` and its property types.

/// Creates a Data Transformation Profile in AWS HealthLake that converts healthcare data from a source format (such as C-CDA or CSV) into FHIR R4.
///
/// CloudFormation type `AWS::HealthLake::DataTransformationProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTransformationProfile {
    props: ::forma_core::schema::Props,
}
impl DataTransformationProfile {
    /// A new resource with its required properties: `ProfileName`, `SourceFormat`.
    #[track_caller]
    pub fn new(
        profile_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_format: impl ::forma_core::schema::EnumArg<SourceFormat>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, profile_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, source_format.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The identifier (key ID or ARN) of a customer-managed KMS key used to encrypt the profile's template content at rest.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A human-readable description of the profile's purpose.
    ///
    /// Allowed: length 0 to 1000.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn profile_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The source from which to create the profile's initial template content.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<Source>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this profile.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataTransformationProfile {
    type Attributes = DataTransformationProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::HealthLake::DataTransformationProfile"
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
/// The attributes of a `AWS::HealthLake::DataTransformationProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataTransformationProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataTransformationProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataTransformationProfileAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ProfileId`.
    pub fn profile_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProfileId")
    }
    /// `Fn::GetAtt` `TargetFormat`.
    pub fn target_format(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TargetFormat")
    }
}

/// The values CloudFormation documents: `CCDA`, `CSV`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceFormat {
    /// `CCDA`
    Ccda,
    /// `CSV`
    Csv,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ccda => "CCDA",
            Self::Csv => "CSV",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CCDA", "CSV"]
    }
}
impl ::std::convert::From<SourceFormat> for ::forma_core::Value<SourceFormat> {
    fn from(v: SourceFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceFormat {}

/// The source from which to create the profile's initial template content.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    props: ::forma_core::schema::Props,
}
impl Source {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Create the profile by cloning a specific version of an existing profile.
    pub fn existing_versioned_profile_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExistingVersionedProfileSource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Create the profile from raw Velocity template mapping content.
    pub fn profile_mapping(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProfileMappingSource>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Create the profile from a predefined starter profile of transformation templates.
    pub fn starter_profile(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StarterProfileSource>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Source {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Source> for ::forma_core::Value<Source> {
    fn from(v: Source) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_TYPE.properties))
    }
}

/// A key-value pair to associate with the profile.
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

/// Create the profile by cloning a specific version of an existing profile.
#[derive(Debug, Clone, PartialEq)]
pub struct ExistingVersionedProfileSource {
    props: ::forma_core::schema::Props,
}
impl ExistingVersionedProfileSource {
    /// A new value with its required properties: `ProfileId`, `Version`.
    pub fn new(
        profile_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        version: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, profile_id.into().into_expr());
        props.set(1, version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ExistingVersionedProfileSource> for ::forma_core::Value<ExistingVersionedProfileSource> {
    fn from(v: ExistingVersionedProfileSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXISTING_VERSIONED_PROFILE_SOURCE_TYPE.properties))
    }
}

/// Create the profile from raw Velocity template mapping content.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileMappingSource {
    props: ::forma_core::schema::Props,
}
impl ProfileMappingSource {
    /// A new value with its required properties: `ProfileMapping`.
    pub fn new(profile_mapping: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, profile_mapping.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProfileMappingSource> for ::forma_core::Value<ProfileMappingSource> {
    fn from(v: ProfileMappingSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROFILE_MAPPING_SOURCE_TYPE.properties))
    }
}

/// Create the profile from a predefined starter profile of transformation templates.
#[derive(Debug, Clone, PartialEq)]
pub struct StarterProfileSource {
    props: ::forma_core::schema::Props,
}
impl StarterProfileSource {
    /// A new value with its required properties: `StarterProfileName`.
    pub fn new(starter_profile_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, starter_profile_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StarterProfileSource> for ::forma_core::Value<StarterProfileSource> {
    fn from(v: StarterProfileSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STARTER_PROFILE_SOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::HealthLake::DataTransformationProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::HealthLake::DataTransformationProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProfileDescription",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProfileName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceFormat",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CCDA", "CSV"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "ProfileId", "TargetFormat"],
};

static SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::HealthLake::DataTransformationProfile.Source",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExistingVersionedProfileId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXISTING_VERSIONED_PROFILE_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProfileMapping",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROFILE_MAPPING_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StarterProfile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STARTER_PROFILE_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::HealthLake::DataTransformationProfile.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static EXISTING_VERSIONED_PROFILE_SOURCE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::HealthLake::DataTransformationProfile.ExistingVersionedProfileSource",
        properties: &[
            ::forma_core::schema::Property {
                name: "ProfileId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Version",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static PROFILE_MAPPING_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::HealthLake::DataTransformationProfile.ProfileMappingSource",
    properties: &[::forma_core::schema::Property {
        name: "ProfileMapping",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
            &::forma_core::schema::ANY_STRING,
        )),
    }],
    rules: &[],
};

static STARTER_PROFILE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::HealthLake::DataTransformationProfile.StarterProfileSource",
    properties: &[::forma_core::schema::Property {
        name: "StarterProfileName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
