// @generated from AWS::AppConfig::ExperimentRun (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppConfig::ExperimentRun` and its property types.

/// Resource Type definition for AWS::AppConfig::ExperimentRun
///
/// CloudFormation type `AWS::AppConfig::ExperimentRun`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentRun {
    props: ::forma_core::schema::Props,
}
impl ExperimentRun {
    /// A new resource with its required properties: `ApplicationIdentifier`, `ExperimentDefinitionIdentifier`, `ExposurePercentage`.
    #[track_caller]
    pub fn new(
        application_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        experiment_definition_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        exposure_percentage: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, experiment_definition_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, exposure_percentage.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description of the experiment run.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to associate with the experiment run.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Treatment overrides for specific entities.
    #[track_caller]
    pub fn treatment_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TreatmentOverrides>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ExperimentRun {
    type Attributes = ExperimentRunAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppConfig::ExperimentRun"
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
/// The attributes of a `AWS::AppConfig::ExperimentRun` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ExperimentRunAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ExperimentRunAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ExperimentRunAttributes {
    /// `Fn::GetAtt` `ApplicationId`.
    pub fn application_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationId")
    }
    /// `Fn::GetAtt` `ExperimentDefinitionId`.
    pub fn experiment_definition_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ExperimentDefinitionId")
    }
    /// `Fn::GetAtt` `Run`.
    pub fn run(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Run")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StartedAt`.
    pub fn started_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StartedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The `Tag` property type of `AWS::AppConfig::ExperimentRun`.
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

/// Treatment overrides for specific entities.
#[derive(Debug, Clone, PartialEq)]
pub struct TreatmentOverrides {
    props: ::forma_core::schema::Props,
}
impl TreatmentOverrides {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Map of entity ID to treatment key (t1, t2, ..., or c for control).
    pub fn inline(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TreatmentOverrides {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TreatmentOverrides> for ::forma_core::Value<TreatmentOverrides> {
    fn from(v: TreatmentOverrides) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TREATMENT_OVERRIDES_TYPE.properties))
    }
}

/// The schema of `AWS::AppConfig::ExperimentRun`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppConfig::ExperimentRun",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExperimentDefinitionIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExposurePercentage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
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
        ::forma_core::schema::Property {
            name: "TreatmentOverrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TREATMENT_OVERRIDES_TYPE),
        },
    ],
    rules: &[],
    attributes: &["ApplicationId", "ExperimentDefinitionId", "Run", "Status", "StartedAt", "UpdatedAt"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppConfig::ExperimentRun.Tag",
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

static TREATMENT_OVERRIDES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppConfig::ExperimentRun.TreatmentOverrides",
    properties: &[::forma_core::schema::Property {
        name: "Inline",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
            &::forma_core::schema::ANY_STRING,
        )),
    }],
    rules: &[],
};
